//! A small builder of real git repositories with fixed signatures and times,
//! so SHAs are stable. `remit demo`, the tests and the benchmarks use it.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{anyhow, Context, Result};
use git2::{IndexEntry, IndexTime, Oid, Repository, Signature, Time};

/// An author or committer.
#[derive(Debug, Clone)]
pub struct Who {
    pub name: String,
    pub email: String,
}

impl Who {
    pub fn new(name: &str, email: &str) -> Self {
        Self {
            name: name.to_string(),
            email: email.to_string(),
        }
    }

    pub fn human() -> Self {
        Self::new("Dana Maintainer", "dana@example.com")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    oid: Oid,
    mode: u32,
}

pub struct RepoBuilder {
    repo: Repository,
    branch: String,
    head: Option<Oid>,
    files: BTreeMap<String, Entry>,
    clock: i64,
}

impl RepoBuilder {
    /// Creates a repository in `dir` on branch `main`.
    pub fn init(dir: &Path) -> Result<Self> {
        let mut opts = git2::RepositoryInitOptions::new();
        opts.initial_head("main");
        let repo = Repository::init_opts(dir, &opts)
            .with_context(|| format!("cannot create a git repository in {}", dir.display()))?;
        Ok(Self {
            repo,
            branch: "main".to_string(),
            head: None,
            files: BTreeMap::new(),
            clock: 1_767_225_600, // 2026-01-01T00:00:00Z
        })
    }

    pub fn repo(&self) -> &Repository {
        &self.repo
    }

    pub fn head(&self) -> Option<Oid> {
        self.head
    }

    pub fn write(&mut self, path: &str, content: impl AsRef<[u8]>) -> Result<&mut Self> {
        self.put(path, content.as_ref(), 0o100644)
    }

    pub fn write_executable(&mut self, path: &str, content: impl AsRef<[u8]>) -> Result<&mut Self> {
        self.put(path, content.as_ref(), 0o100755)
    }

    pub fn symlink(&mut self, path: &str, target: &str) -> Result<&mut Self> {
        self.put(path, target.as_bytes(), 0o120000)
    }

    /// Adds a submodule entry (gitlink) pointing at `commit`.
    pub fn gitlink(&mut self, path: &str, commit: &str) -> Result<&mut Self> {
        let oid = Oid::from_str(commit)?;
        self.files.insert(
            path.to_string(),
            Entry {
                oid,
                mode: 0o160000,
            },
        );
        Ok(self)
    }

    pub fn chmod(&mut self, path: &str, executable: bool) -> Result<&mut Self> {
        let entry = self
            .files
            .get_mut(path)
            .ok_or_else(|| anyhow!("no file {path}"))?;
        entry.mode = if executable { 0o100755 } else { 0o100644 };
        Ok(self)
    }

    pub fn remove(&mut self, path: &str) -> Result<&mut Self> {
        self.files
            .remove(path)
            .ok_or_else(|| anyhow!("no file {path}"))?;
        Ok(self)
    }

    pub fn rename(&mut self, from: &str, to: &str) -> Result<&mut Self> {
        let entry = self
            .files
            .remove(from)
            .ok_or_else(|| anyhow!("no file {from}"))?;
        self.files.insert(to.to_string(), entry);
        Ok(self)
    }

    fn put(&mut self, path: &str, content: &[u8], mode: u32) -> Result<&mut Self> {
        let oid = self.repo.blob(content)?;
        self.files.insert(path.to_string(), Entry { oid, mode });
        Ok(self)
    }

    /// Commits the current files on the current branch.
    pub fn commit(&mut self, message: &str, author: &Who) -> Result<Oid> {
        let parents: Vec<Oid> = self.head.into_iter().collect();
        self.commit_with_parents(message, author, &parents)
    }

    fn commit_with_parents(&mut self, message: &str, author: &Who, parents: &[Oid]) -> Result<Oid> {
        let tree = self.write_tree()?;
        self.clock += 60;
        let time = Time::new(self.clock, 0);
        let sig = Signature::new(&author.name, &author.email, &time)?;
        let parents = parents
            .iter()
            .map(|p| self.repo.find_commit(*p))
            .collect::<Result<Vec<_>, _>>()?;
        let parent_refs: Vec<&git2::Commit<'_>> = parents.iter().collect();
        let tree = self.repo.find_tree(tree)?;
        let oid = self
            .repo
            .commit(None, &sig, &sig, message, &tree, &parent_refs)?;
        self.repo.reference(
            &format!("refs/heads/{}", self.branch),
            oid,
            true,
            "remit testkit",
        )?;
        if self.repo.head().is_err() || self.repo.head()?.shorthand() == Some(self.branch.as_str())
        {
            self.repo.set_head(&format!("refs/heads/{}", self.branch))?;
        }
        self.head = Some(oid);
        Ok(oid)
    }

    fn write_tree(&self) -> Result<Oid> {
        let mut index = git2::Index::new()?;
        for (path, entry) in &self.files {
            index.add(&IndexEntry {
                ctime: IndexTime::new(0, 0),
                mtime: IndexTime::new(0, 0),
                dev: 0,
                ino: 0,
                mode: entry.mode,
                uid: 0,
                gid: 0,
                file_size: 0,
                id: entry.oid,
                flags: 0,
                flags_extended: 0,
                path: path.as_bytes().to_vec(),
            })?;
        }
        Ok(index.write_tree_to(&self.repo)?)
    }

    /// Creates `name` at the current commit and switches to it.
    pub fn branch(&mut self, name: &str) -> Result<&mut Self> {
        let head = self
            .head
            .ok_or_else(|| anyhow!("commit before branching"))?;
        {
            let commit = self.repo.find_commit(head)?;
            self.repo.branch(name, &commit, true)?;
        }
        self.switch(name)
    }

    /// Switches to branch `name`, loading its files.
    pub fn switch(&mut self, name: &str) -> Result<&mut Self> {
        let oid = self
            .repo
            .refname_to_id(&format!("refs/heads/{name}"))
            .with_context(|| format!("no branch {name}"))?;
        self.files = self.files_of(oid)?;
        self.head = Some(oid);
        self.branch = name.to_string();
        self.repo.set_head(&format!("refs/heads/{name}"))?;
        Ok(self)
    }

    pub fn tag(&mut self, name: &str) -> Result<&mut Self> {
        let head = self.head.ok_or_else(|| anyhow!("commit before tagging"))?;
        {
            let object = self.repo.find_object(head, None)?;
            self.repo.tag_lightweight(name, &object, true)?;
        }
        Ok(self)
    }

    /// Sets a ref such as `refs/remotes/origin/main` to `oid`.
    pub fn set_ref(&mut self, name: &str, oid: Oid) -> Result<&mut Self> {
        self.repo.reference(name, oid, true, "remit testkit")?;
        Ok(self)
    }

    /// Merges branch `other` into the current one: a path changed on only one
    /// side since the merge base takes that side; `adjust` may then edit the
    /// result (an "evil merge").
    pub fn merge(
        &mut self,
        other: &str,
        message: &str,
        author: &Who,
        adjust: impl FnOnce(&mut Self) -> Result<()>,
    ) -> Result<Oid> {
        let ours = self.head.ok_or_else(|| anyhow!("commit before merging"))?;
        let theirs = self.repo.refname_to_id(&format!("refs/heads/{other}"))?;
        let base = self.repo.merge_base(ours, theirs)?;
        let (b, t) = (self.files_of(base)?, self.files_of(theirs)?);
        let paths: Vec<String> = b.keys().chain(t.keys()).cloned().collect();
        for path in paths {
            let (bv, tv) = (b.get(&path), t.get(&path));
            if bv != tv && self.files.get(&path) == bv {
                match tv {
                    Some(e) => self.files.insert(path, *e),
                    None => self.files.remove(&path),
                };
            }
        }
        adjust(self)?;
        self.commit_with_parents(message, author, &[ours, theirs])
    }

    fn files_of(&self, commit: Oid) -> Result<BTreeMap<String, Entry>> {
        let tree = self.repo.find_commit(commit)?.tree()?;
        let mut files = BTreeMap::new();
        tree.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
            if entry.kind() != Some(git2::ObjectType::Tree) {
                if let Some(name) = entry.name() {
                    files.insert(
                        format!("{dir}{name}"),
                        Entry {
                            oid: entry.id(),
                            mode: entry.filemode() as u32,
                        },
                    );
                }
            }
            git2::TreeWalkResult::Ok
        })?;
        Ok(files)
    }
}
