//! The approval facts for `crate::approval`: who added the approval label
//! and with what permission, who approved the head commit, CODEOWNERS from
//! the base revision, and team memberships of owning teams.

use git2::Oid;

use crate::approval::{ApprovalFacts, Permission};
use crate::collect::git::GitRepo;
use crate::collect::github::{Api, ApiError, PullRequest};
use crate::collect::semantic::CODEOWNERS_PATHS;
use crate::normalize::codeowners::Codeowners as CodeOwners;

pub(crate) fn approval_facts(
    api: Option<&Api>,
    repo: &GitRepo,
    base: Oid,
    pr: &PullRequest,
    label: Option<&str>,
    paths: &[String],
) -> Result<ApprovalFacts, String> {
    let api = api.ok_or("no GitHub API access")?;
    let label_adders = match label {
        Some(label) => api
            .label_adders(pr.number, label)
            .map_err(|e| api_note("who added the approval label", &e))?,
        None => Vec::new(),
    };
    let reviewers = api
        .approving_reviewers(pr.number, &pr.head_sha)
        .map_err(|e| api_note("the pull request's reviews", &e))?;
    // As on GitHub, an approval counts only from someone with write access:
    // on a public repository anyone may review, and a code owner listed in
    // CODEOWNERS who lost write access no longer owns anything.
    let mut approving_reviewers = Vec::new();
    for login in reviewers {
        let permission = api
            .permission(&login)
            .map_err(|e| api_note("a reviewer's permission", &e))?;
        if permission >= Permission::Write {
            approving_reviewers.push(login);
        }
    }
    let mut owners = None;
    for path in CODEOWNERS_PATHS {
        if let Ok(Some(bytes)) = repo.file_at(base, path) {
            owners = Some(CodeOwners::parse(&String::from_utf8_lossy(&bytes)));
            break;
        }
    }
    let mut team_notes = Vec::new();
    let team_members = match &owners {
        Some(owners) => team_members(api, owners, paths, &approving_reviewers, &mut team_notes),
        None => Vec::new(),
    };
    Ok(ApprovalFacts {
        pr_author: pr.author.clone(),
        label_adders,
        approving_reviewers,
        codeowners: owners,
        team_members,
        team_notes,
    })
}

/// Which approving reviewers belong to a team that owns one of `paths`;
/// when the token cannot read teams, says so in `notes` and stops.
fn team_members(
    api: &Api,
    owners: &CodeOwners,
    paths: &[String],
    reviewers: &[String],
    notes: &mut Vec<String>,
) -> Vec<(String, String)> {
    let mut teams: Vec<String> = paths
        .iter()
        .flat_map(|p| owners.owners_of(p))
        .filter(|o| o.contains('/'))
        .collect();
    teams.sort();
    teams.dedup();
    let mut members = Vec::new();
    for team in teams {
        for login in reviewers {
            match api.team_member(&team, login) {
                Ok(true) => members.push((team.clone(), login.to_ascii_lowercase())),
                Ok(false) => {}
                Err(e) => {
                    notes.push(format!("cannot read the members of @{team} ({e}): the workflow token cannot read organization teams; name people in CODEOWNERS or use the approval label"));
                    return members;
                }
            }
        }
    }
    members
}

fn api_note(what: &str, e: &ApiError) -> String {
    match e {
        ApiError::Denied {
            status: 403 | 404, ..
        } => format!(
            "cannot read {what} ({e}): give the job `pull-requests: read` and `issues: read`"
        ),
        _ => format!("cannot read {what}: {e}"),
    }
}
