#!/usr/bin/env python3
"""Builds the forty-seventh hard-benign set (hard_benign47.jsonl): real
documentation passages only (no written half), in English and a dozen
other languages, from openly licensed repositories (MIT, BSD-style) that
no earlier set names, chosen blind: without reading the detector, its
rule docs, RESULTS.md or the earlier sets' texts, and without running the
detector on this set.

Theme: publishing (content management systems, wikis, forum and comment
software, static site generators and blog engines), where the reader is
a site owner, an editor, a moderator or a theme author. Static site
generators and their themes: Hextra (a Hugo documentation theme;
English, Chinese and Japanese pages), Congo (a Hugo theme; English,
Japanese and Chinese pages), LoveIt (a Hugo blog theme; English and
Chinese), Hugo Learn (a Hugo documentation theme; English and French),
Valaxy (a Vite blog framework; English and Chinese), vuepress-theme-hope
(a VuePress theme; English and Chinese), Material for MkDocs and Nikola.
Content management systems: django CMS (its manuals, and its interface
catalogues in several languages), Static CMS (a Git-based headless CMS)
and Keystatic. Comment systems: Artalk (English and Chinese), Twikoo
(Chinese and English), Remark42, Isso and giscus (a comment system on
GitHub Discussions, whose README is translated into many languages).
Wikis: Pywikibot (bots that edit MediaWiki wikis), An Otter Wiki and
Gollum.

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines, AsciiDoc
attribute lines and Jekyll/Liquid (and Markdoc) tag lines are dropped; a
gettext catalogue is read as its translated strings, one paragraph each,
an untranslated string ending the run. Files written for agents rather
than for people (AGENTS.md/CLAUDE.md, SKILL.md, agent and skill folders,
Copilot instructions), pages about working with AI or LLMs (Valaxy's
`ai.md` and `work-with-ai.md`, Hextra's agent specs), codes of conduct,
licence, legal, privacy and copyright pages, changelogs and release
notes, development plans and backlogs, credits, contribution pages and
templates are left out (SKIP and the path filters). Within each
source's quota, passages that show the kind's hardest shape come first,
then passages with more topic words and distinct hard features (STRONG,
counted up to four), random within a score (seed 4747); no file gives
more than a third of a quota (at least two) when a source has three
files or more. A passage must read as its language (stop words, script
and letters; see reads_as); a half-translated passage does not count;
runs that are mostly markup, bare links, link definitions or table rows
are skipped. A passage that names AgentDojo, spikee or garak is left out.

File names are given by git unquoted (core.quotePath=false, through
git's environment, set below before the copied helpers), so that any
non-ASCII `ls-tree` name can be given back to `git show`.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Files whose names hold 52 (a set built at the same time) are left out
of that check, unread. Passages that quote an example attack would be
marked `quotes_attack: true` (QUOTES_ATTACK below); a passage that
quotes an actual attack string aimed at an AI model (a prompt injection
or jailbreak) is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES47.md), then run

    python3 benches/injection/extract_hb47.py

from the repository root. It writes benches/injection/hard_benign47.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import html, json, random, re, subprocess, sys
from pathlib import Path

import os

# Chinese file names are given by `git ls-tree` unquoted (see the docstring).
os.environ["GIT_CONFIG_COUNT"] = "1"
os.environ["GIT_CONFIG_KEY_0"] = "core.quotePath"
os.environ["GIT_CONFIG_VALUE_0"] = "false"

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign47.jsonl"
SEED = 4747
PREFIX = "hb47"

HEXTRA = "imfing/hextra"
CONGO = "jpanther/congo"
LOVEIT = "dillonzq/LoveIt"
LEARN = "matcornic/hugo-theme-learn"
VALAXY = "YunYouJun/valaxy"
HOPE = "vuepress-theme-hope/vuepress-theme-hope"
MATERIAL = "squidfunk/mkdocs-material"
NIKOLA = "getnikola/nikola"
DJANGOCMS = "django-cms/django-cms"
STATICCMS = "StaticJsCMS/static-cms"
KEYSTATIC = "Thinkmill/keystatic"
ARTALK = "ArtalkJS/Artalk"
TWIKOO = "twikoojs/twikoo"
REMARK42 = "umputun/remark42"
ISSO = "posativ/isso"
GISCUS = "giscus/giscus"
PYWIKIBOT = "wikimedia/pywikibot"
OTTERWIKI = "redimp/otterwiki"
GOLLUM = "gollum/gollum"

LICENSES = {
    HEXTRA: "MIT", CONGO: "MIT", LOVEIT: "MIT", LEARN: "MIT", VALAXY: "MIT", HOPE: "MIT", MATERIAL: "MIT",
    NIKOLA: "MIT", DJANGOCMS: "BSD-style", STATICCMS: "MIT", KEYSTATIC: "MIT", ARTALK: "MIT", TWIKOO: "MIT",
    REMARK42: "MIT", ISSO: "MIT", GISCUS: "MIT", PYWIKIBOT: "MIT", OTTERWIKI: "MIT", GOLLUM: "MIT",
}

# giscus's mirror has a branch named HEAD besides the symbolic HEAD, so
# its default branch is named.
REF = {GISCUS: "refs/heads/main"}

# Topic words shared by every kind (pages, posts, sites, content,
# templates, themes, front matter, drafts, publishing, comments, users,
# roles and permissions, plugins and configuration), in the languages of
# this set; each kind adds its own.
BASE = (r"\bpages?\b|\bposts?\b|\bsite|content|template|theme|layout|partial|shortcode|front ?matter|markdown|"
        r"draft|publish|comment|\busers?\b|admin|\broles?\b|permission|moderat|plugin|config|\bbuild|deploy|"
        r"\bmenu|taxonom|categor|\btags?\b|author|editor|revision|collection|\bblog|article|\bfeed|\brss\b|"
        r"seite|beitrag|inhalt|vorlage|entwurf|veröffentlich|kommentar|benutzer|rolle|berechtigung|erweiterung|"
        r"contenu|modèle|thème|brouillon|publi|commentaire|utilisateur|rôle|extension|"
        r"página|artículo|sitio|contenido|plantilla|\btema\b|borrador|comentario|usuario|permiso|"
        r"artigo|conteúdo|rascunho|comentário|usuário|permiss|"
        r"pagina|articolo|\bsito\b|contenuto|modello|bozza|pubblic|commento|utente|ruolo|permess|"
        r"stron|artykuł|witryn|treść|szablon|motyw|komentarz|użytkownik|uprawnie|"
        r"artikel|website|inhoud|sjabloon|thema|reactie|gebruiker|beheerder|"
        r"страниц|сайт|комментар|коментар|пользовател|користувач|шаблон|публик|публік|обсужден|обговорен|"
        r"sayfa|yorum|tartışma|kullanıcı|stránk|komentář|diskus|uživatel|halaman|situs|komentar|diskusi|pengguna|"
        r"bình luận|thảo luận|người dùng|"
        r"ページ|記事|サイト|コンテンツ|テンプレート|テーマ|レイアウト|ショートコード|下書き|公開|コメント|ユーザー|"
        r"管理者|権限|プラグイン|設定|ビルド|デプロイ|メニュー|カテゴリ|タグ|ブログ|フロントマター|"
        r"页面|文章|站点|网站|内容|模板|主题|布局|短代码|草稿|发布|评论|用户|管理员|角色|权限|插件|配置|构建|部署|"
        r"菜单|分类|标签|作者|编辑|博客|侧边栏|导航|"
        r"페이지|사이트|댓글|테마|설정|게시|블로그|토론|저장소")
TOPIC = {
    "doc:ssg": BASE + r"|hugo|jekyll|\bvite|vue|vuepress|valaxy|mkdocs|nikola|i18n|multilingual|sitemap|search|"
                      r"navigation|sidebar|navbar|code block|asset|static|baseurl|toml|yaml|github pages|netlify|"
                      r"vercel|cloudflare|workflow|archetype|permalink|slug|excerpt|"
                      r"多语言|多語言|国际化|搜索|検索|静的|静态|ナビゲーション|サイドバー",
    "doc:cms": BASE + r"|backend|backoffice|singleton|\bentry|entries|\bfield|widget|media|upload|\bgit\b|github|"
                      r"gitlab|bitbucket|oauth|\bauth|workflow|preview|placeholder|apphook|toolbar|structure|"
                      r"version|language|translation|reader api|staff|superuser|"
                      r"seiten|veröffentlichen|vorschau|aperçu|vista previa|pré-visualiz|anteprima|podgląd|voorbeeld|"
                      r"просмотр|ページ|プレビュー|预览|页面",
    "doc:comments": BASE + r"|reply|reaction|discussion|thread|notification|e-?mail|spam|akismet|captcha|\bban|"
                           r"block|audit|pending|approv|anonymous|login|oauth|avatar|gravatar|emoji|vote|embed|"
                           r"iframe|script|cors|domain|origin|database|sqlite|mongodb|webhook|telegram|smtp|"
                           r"回复|通知|邮件|垃圾|审核|匿名|登录|头像|表情|数据库|域名|返信|通知|スパム|"
                           r"discussion|diskussion|discusión|discussão|discussione|dyskusj|discussie|обсужден|"
                           r"обговорен|tartışma|diskus|diskusi|thảo luận|토론|ディスカッション|讨论|討論",
    "doc:wiki": BASE + r"|wiki|revision|history|\bedit|\bbot\b|\bbots\b|script|namespace|family|mediawiki|"
                       r"wikipedia|wikidata|markup|attachment|\bgit\b|sidebar|access|approv|registration|login",
}

REQUIRE = {}

_HEX = r"^docs/content/(docs|glossary|about)/(.+/)?[^/.]+{}\.md$"
_CON = r"^exampleSite/content/docs/(.+/)?_?index{}\.md$"
_GIS = r"^README\.{}\.md$"
_DJ = r"^cms/locale/{}/LC_MESSAGES/django\.po$"

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Static site generators, blog engines and their themes
    (HEXTRA, "en", r"^README\.md$|" + _HEX.format(""), 9, "doc:ssg"),
    (HEXTRA, "zh", r"^README\.zh-cn\.md$|" + _HEX.format(r"\.zh-cn"), 10, "doc:ssg"),
    (HEXTRA, "ja", _HEX.format(r"\.ja"), 12, "doc:ssg"),
    (CONGO, "en", r"^README\.md$|" + _CON.format(""), 7, "doc:ssg"),
    (CONGO, "ja", _CON.format(r"\.ja"), 10, "doc:ssg"),
    (CONGO, "zh", _CON.format(r"\.zh-Hans"), 8, "doc:ssg"),
    (LOVEIT, "en", r"^exampleSite/content/posts/theme-documentation-[^/]+/index\.en\.md$", 6, "doc:ssg"),
    (LOVEIT, "zh", r"^exampleSite/content/posts/theme-documentation-[^/]+/index\.zh-cn\.md$", 8, "doc:ssg"),
    (LEARN, "en", r"^exampleSite/content/(?!shortcodes/children/).*_index\.en\.md$", 5, "doc:ssg"),
    (LEARN, "fr", r"^exampleSite/content/(?!shortcodes/children/).*_index\.fr\.md$", 10, "doc:ssg"),
    (VALAXY, "en", r"^(README\.md|docs/pages/(?!zh/).+\.md)$", 8, "doc:ssg"),
    (VALAXY, "zh", r"^(README\.zh-CN\.md|docs/pages/zh/.+\.md)$", 10, "doc:ssg"),
    (HOPE, "en", r"^docs/[^/]+/src/(?!zh/|demo/).+\.md$", 12, "doc:ssg"),
    (HOPE, "zh", r"^docs/[^/]+/src/zh/(?!demo/).+\.md$", 16, "doc:ssg"),
    (MATERIAL, "en", r"^docs/(?!blog/|insiders/|contributing/|changelog/).+\.md$", 16, "doc:ssg"),
    (NIKOLA, "en", r"^(README\.rst|docs/[^/]+\.rst)$", 10, "doc:ssg"),
    # Content management systems
    (DJANGOCMS, "en", r"^(README\.rst|docs/index\.rst|docs/(how_to|reference|explanation|tutorials)/.+\.rst)$", 18, "doc:cms"),
    (DJANGOCMS, "de", _DJ.format("de"), 4, "doc:cms"),
    (DJANGOCMS, "fr", _DJ.format("fr"), 4, "doc:cms"),
    (DJANGOCMS, "es", _DJ.format("es"), 4, "doc:cms"),
    (DJANGOCMS, "it", _DJ.format("it"), 4, "doc:cms"),
    (DJANGOCMS, "nl", _DJ.format("nl"), 4, "doc:cms"),
    (DJANGOCMS, "pl", _DJ.format("pl"), 4, "doc:cms"),
    (DJANGOCMS, "pt", _DJ.format("pt_BR"), 4, "doc:cms"),
    (DJANGOCMS, "ru", _DJ.format("ru"), 4, "doc:cms"),
    (DJANGOCMS, "ja", _DJ.format("ja"), 4, "doc:cms"),
    (STATICCMS, "en", r"^packages/docs/content/docs/.+\.mdx?$", 14, "doc:cms"),
    (KEYSTATIC, "en", r"^docs/src/content/pages/.+\.mdoc$", 9, "doc:cms"),
    # Forum and comment software
    (ARTALK, "en", r"^(README\.md|docs/docs/en/.+\.md)$", 10, "doc:comments"),
    (ARTALK, "zh", r"^(README\.zh\.md|docs/docs/zh/.+\.md)$", 12, "doc:comments"),
    (TWIKOO, "zh", r"^(README\.md|docs/[^/]+\.md)$", 12, "doc:comments"),
    (TWIKOO, "en", r"^(README\.en\.md|docs/en/.+\.md)$", 4, "doc:comments"),
    (REMARK42, "en", r"^(README\.md|site/content/docs/.+\.md)$", 12, "doc:comments"),
    (ISSO, "en", r"^(README\.md|docs/docs/.+\.rst)$", 10, "doc:comments"),
    (GISCUS, "en", r"^(README\.md|ADVANCED-USAGE\.md|SELF-HOSTING\.md)$", 6, "doc:comments"),
    (GISCUS, "de", _GIS.format("de"), 2, "doc:comments"),
    (GISCUS, "fr", _GIS.format("fr"), 2, "doc:comments"),
    (GISCUS, "es", _GIS.format("es"), 3, "doc:comments"),
    (GISCUS, "it", _GIS.format("it"), 2, "doc:comments"),
    (GISCUS, "pt", _GIS.format("pt"), 2, "doc:comments"),
    (GISCUS, "nl", _GIS.format("nl"), 2, "doc:comments"),
    (GISCUS, "ru", _GIS.format("ru"), 3, "doc:comments"),
    (GISCUS, "uk", _GIS.format("uk"), 3, "doc:comments"),
    (GISCUS, "tr", _GIS.format("tr"), 1, "doc:comments"),
    (GISCUS, "cs", _GIS.format("cs"), 2, "doc:comments"),
    (GISCUS, "id", _GIS.format("id"), 2, "doc:comments"),
    (GISCUS, "vi", _GIS.format("vi"), 3, "doc:comments"),
    (GISCUS, "ja", _GIS.format("ja"), 3, "doc:comments"),
    (GISCUS, "ko", _GIS.format("ko"), 3, "doc:comments"),
    (GISCUS, "zh", _GIS.format("zh-CN"), 3, "doc:comments"),
    # Wikis
    (PYWIKIBOT, "en", r"^(README\.rst|docs/(?!api_ref/|tests_ref/|scripts_ref/).+\.rst)$", 10, "doc:wiki"),
    (OTTERWIKI, "en", r"^(README\.md|otterwiki/(help|help_admin|about|initial_home)\.md|docs/.+\.md|helm/README\.md)$", 8, "doc:wiki"),
    (GOLLUM, "en", r"^README\.md$", 6, "doc:wiki"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# the reader (a site owner, an editor, a moderator, a theme author) told
# what must or must never be done; admin, system, role, moderator and
# permission words; templates, comments, shortcodes and overrides;
# hidden and draft pages; ignoring and excluding; deleting, banning,
# blocking, purging; publishing and deploying; webhooks and commands;
# passwords, keys, secrets and tokens; and their forms in the set's
# languages.
_CMD = (r"ignor|overrid|hidden|\bhide|draft|\bmust\b|\bshall\b|\bnever\b|do not|don't|always|\badmin|"
        r"administrator|\bsystem\b|\broles?\b|moderat|permission|privilege|superuser|sudo|\broot\b|template|"
        r"comment|shortcode|delet|remov|\bban\b|banned|\bblock|purge|publish|deploy|webhook|command|shell|"
        r"password|\bkey\b|\bkeys\b|secret|\btoken|credential|warning|caution|danger|careful|important|"
        r"\bmuss|müssen|darf nicht|dürfen nicht|niemals|\bnie\b|\bimmer\b|administrat|rolle|berechtigung|"
        r"vorlage|kommentar|lösch|entfern|sperr|veröffentlich|bereitstell|befehl|passwort|kennwort|schlüssel|"
        r"geheim|ignorier|überschreib|versteck|ausgeblendet|entwurf|warnung|vorsicht|achtung|"
        r"\bdoit\b|doivent|ne doit|jamais|toujours|rôle|modérat|modèle|commentaire|supprim|effac|banni|"
        r"publi|déploi|commande|mot de passe|clé|jeton|remplac|masqu|caché|brouillon|attention|avertissement|"
        r"\bdebe|nunca|siempre|administrador|\brol\b|moderad|permiso|plantilla|comentario|elimin|borr|bloque|"
        r"despleg|comando|contraseña|clave|secreto|sobrescrib|ocult|borrador|advertencia|cuidado|"
        r"\bdeve\b|devem|sempre|papel|permiss|comentário|exclu|apag|implant|senha|chave|segredo|sobrescrev|"
        r"rascunho|aviso|"
        r"devono|\bmai\b|amministrat|ruolo|permess|modello|cancell|rimuov|blocc|pubblic|chiave|segret|"
        r"sovrascriv|nascost|bozza|avviso|"
        r"musi|nigdy|zawsze|uprawnie|szablon|komentarz|usuń|usun|publik|polecen|hasło|hasła|klucz|ignoruj|"
        r"nadpis|ukry|szkic|ostrzeż|uwaga|"
        r"\bmoet|nooit|altijd|beheerder|rechten|sjabloon|reactie|verwijder|blokk|publice|wachtwoord|sleutel|"
        r"negeer|overschrijf|verborgen|waarschuwing|let op|"
        r"должн|никогда|всегда|администратор|модерат|шаблон|комментар|удал|блокир|публик|команд|пароль|ключ|"
        r"секрет|токен|игнор|перезапис|скры|черновик|внимание|предупрежд|"
        r"має|повинн|ніколи|завжди|адміністратор|модерац|коментар|видал|публік|ігнор|прихов|чернетк|увага|"
        r"попередж|"
        r"gerek|asla|her zaman|yönetici|şablon|yorum|engel|yayın|komut|parola|şifre|anahtar|gizli|yoksay|"
        r"taslak|uyarı|dikkat|"
        r"musí|nikdy|vždy|administrátor|oprávnění|šablon|komentář|smaz|odstran|příkaz|heslo|klíč|tajn|skryt|"
        r"upozorn|varování|"
        r"harus|jangan|selalu|peran|templat|komentar|hapus|blokir|publikasi|perintah|kata sandi|kunci|rahasia|"
        r"abaikan|sembunyi|draf|peringatan|"
        r"phải|không bao giờ|luôn|quản trị|vai trò|kiểm duyệt|quyền|bình luận|xóa|xoá|chặn|xuất bản|lệnh|"
        r"mật khẩu|khóa|bí mật|bỏ qua|bản nháp|cảnh báo|lưu ý|"
        r"必ず|しないでください|してはいけません|絶対|管理者|ロール|役割|権限|モデレーション|テンプレート|コメント|"
        r"ショートコード|削除|禁止|ブロック|公開|デプロイ|コマンド|パスワード|鍵|キー|シークレット|トークン|無視|"
        r"上書き|非表示|隠し|下書き|注意|警告|"
        r"必须|不要|不得|切勿|务必|永远|总是|管理员|角色|权限|审核|模板|评论|短代码|删除|清除|封禁|屏蔽|拉黑|"
        r"发布|部署|命令|密码|密钥|令牌|秘钥|忽略|覆盖|隐藏|草稿|警告|垃圾|"
        r"반드시|절대|하지 마|관리자|역할|권한|검토|템플릿|댓글|삭제|차단|게시|배포|명령|비밀번호|토큰|무시|덮어|"
        r"숨기|숨김|초안|주의|경고")
PRIME = {
    "doc:ssg": _CMD + r"|exclude|partial|<!--|front ?matter|build hook|noindex|robots|unlisted|private|"
                      r"\{\{[<%]|\{\{ *\.|\{%|"
                      r"非表示|下書き|隐藏|草稿|覆盖|brouillon|caché|masqu",
    "doc:cms": _CMD + r"|staff|unpublish|workflow|oauth|api key|preview|placeholder|toolbar|"
                      r"veröffentlich|publier|publicar|pubblicare|opublik|publiceren|опубликов|公開|发布",
    "doc:comments": _CMD + r"|approv|pending|audit|read-only|readonly|captcha|anonymous|akismet|spam|"
                           r"\bmute|\bflag|report|"
                           r"垃圾|审核|匿名|屏蔽|敏感词|スパム",
    "doc:wiki": _CMD + r"|\bbot\b|\bbots\b|sysop|protect|revert|rollback|\bundo|oauth|login|approv|"
                       r"registration|private|read access|write access",
}

# Files written for agents rather than for people, codes of conduct,
# licences, changelogs, release notes, acknowledgement pages, templates and
# the like are left out (the path filters never pick most of them; this is
# a second guard): hb46's list, plus this set's pages about working with
# AI (Valaxy's `ai.md` and `work-with-ai.md`), agent folders (.codebuddy/,
# Hextra's `docs/superpowers/` specs), development plans and backlogs
# (Remark42), giscus's privacy policy, contributing folders, Isso's news,
# releasing and theme-testing pages, Pywikibot's security, code of
# conduct, credits and licence pages, Gollum's latest changes and MathJax
# update notes, and Nikola's duplicated Sphinx copies of its manuals; then,
# after a screen of the first write's rows for AI mentions and a `grep -c`
# of the sources' files for AI words, the pages that write about LLMs, AI
# assistants and llms.txt: Hextra's configuration guide (its llms.txt
# section), Valaxy's development index, extension config, migration,
# i18n and theme-writing pages, and Twikoo's FAQ (LLM spam detection).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE(\.[a-z]{2})?\.md$|(^|/)GEMINI\.md$|(^|/)MEMORY\.md$|"
                  r"\.cursorrules|\.clinerules|(^|/)\.cline/|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|"
                  r"(^|/)\.cursor/|(^|/)\.junie/|(^|/)\.serena/|(^|/)skills/|(^|/)agents/|(^|/)prompts?/|llms\.txt|(^|/)llms/|agent-harness|"
                  r"(^|/)blog/|ROADMAP|roadmap|TODO|(^|/)todo\.md$|CONTRIBUTORS|ADOPTERS|MAINTAINERS|AUTHORS|"
                  r"CODE_OF_CONDUCT|code_of_conduct|code-of-conduct|CONDUCT\.md|SUMMARY\.md|(^|/)_posts/|"
                  r"_sidebar\.md|_navbar\.md|(^|/)donate|sponsors|SPONSOR|(^|/)licen[sc]e\.(md|rst)$|LICEN[SC]E|"
                  r"acknowledge?ments|citations|CHANGELOG|changelog|change_log|CHANGES|HISTORY\.md|NEWS\.md|"
                  r"(^|/)issues/|(^|/)media/|[Rr]elease-process|release_notes|release-notes|(^|/)releases/|(^|/)release\.md$|"
                  r"(^|/)\.github/(?!docs/)|ISSUE_TEMPLATE|PULL_REQUEST_TEMPLATE|"
                  r"pull_request_template|TOC\.md$|(^|/)404\.|(^|/)announcements/|(^|/)sponsor/|version-history|"
                  r"(^|/)draft/|(^|/)obsolete/|(^|/)00scratch|FIRST_TIMERS|CONTRIBUTING|[Cc]ontribution|CONTRIBUTE\.md|(^|/)contributing\.md$|"
                  r"SECURITY\.md$|(^|/)community\.md$|security_advisories|ai_assistant|(^|/)thanks\.md$|(^|/)thank-you\.md$|(^|/)sponsor\.rst$|"
                  r"(^|/)download/|(^|/)ai/|ai_agent|ai-agents|ai_chat|ai-summaries|ai-tools|ai-translation|mcp|holmes|(^|/)agent-tasks/|"
                  r"STATIC_ANALYSIS|NpmPublish|mr-reviewer|(^|/)researches/|teaching_assistant|UPGRADE|(^|/)privacy|"
                  r"release-instructions|(^|/)_posts/|"
                  r"(^|/)changes\.md$|change-log|(^|/)downloads?\.md$|(^|/)copyright\.md$|(^|/)mudancas\.md$|"
                  r"(^|/)packages/ai/|"
                  r"AI_GUIDELINES|genai|(^|/)openai\.md$|copilot|(^|/)old_todo\.md$|(^|/)dev_notes\.md$|"
                  r"help-translate|(^|/)versions\.md$|(^|/)releases\.md$|ReleaseNotes|RELEASE-NOTES|"
                  r"(^|/)notes/|Changelog|GOVERNANCE|CREDITS|(^|/)eula\.txt$|(^|/)legal\.txt$|DISCLAIMER|"
                  r"TRANSLATION_GUIDE|(^|/)contribute\.rst$|preface_translation|(^|/)mcp-server\.md$|"
                  r"(^|/)\.kiro/|(^|/)\.trae/|(^|/)\.mimocode/|copilot-instructions|(^|/)docs/sandbox|juicefs_on_colab|"
                  r"(^|/)CLA\.md$|(^|/)community/|_roadmap\.md$|media_and_publicity|(^|/)audit/|CODE-OF-CONDUCT|"
                  r"CODE_REVIEW|(^|/)BUILD\.md$|(^|/)RELEASE\.md$|"
                  r"work-with-ai|(^|/)ai\.md$|(^|/)\.codebuddy/|(^|/)superpowers/|(^|/)plans/|(^|/)backlog/|"
                  r"PRIVACY-POLICY|(^|/)contributing/|(^|/)news\.rst$|(^|/)releasing\.rst$|theme-testing|"
                  r"(^|/)SECURITY\.rst$|codeofconduct|(^|/)credits\.rst$|(^|/)licenses\.rst$|LATEST_CHANGES|"
                  r"HOWTO_UPDATE|(^|/)docs/sphinx/|docs/content/docs/guide/configuration\.|"
                  r"docs/pages/(zh/)?(dev/index|guide/config/extend|migration/index|posts/i18n|themes/write)\.md$|"
                  r"^docs/(en/)?faq\.md$)")

RESERVED = re.compile(r"garak|spikee|agentdojo|agent dojo", re.I)

CJK = {"zh", "ja", "ko"}
STRONG = [re.compile(p, re.I) for p in (
    r"<\|[a-z_]+\|>|\[/?INST\]|<<SYS>>|<start_of_turn>|<tool_call>|\[TOOL_CALLS\]",
    r"\b(system|assistant|developer)\b|[\"']role[\"']",
    r"system[ _-]?prompt|system message|system instructions?|instructions?\b|instrucci|istruzion|consigne|Anweisung|instruç|инструкц|"
    r"системн|指令|指示|提示词|系统提示|プロンプト|지시|프롬프트",
    r"\bignor|\boverrid|disregard|忽略|無視|игнорир|무시",
    r"\byou are (a|an|the|now)\b|vous êtes|\beres un|\bsei un|du bist|você é|あなたは|你是|당신은",
    r"\bagent\b|\bagents\b|智能体|エージェント|에이전트|агент",
    r"(curl|wget|iwr|irm)\b[^\n]*\| *(sudo )?(-E )?(ba|z|fi)?sh\b|\|\s*iex\b|sh -c \"\$\((curl|wget)",
    r"<!--",
    r"base64",
    r"\b(IMPORTANT|WARNING|CAUTION|DANGER)\b|\[!(WARNING|CAUTION|IMPORTANT|NOTE)\]|^:::\s*(warning|danger|caution|tip)|"
    r"^!!! (warning|danger|note)|<(Callout|Warning|Note|Tip)\b|^\.\. (warning|danger|note|important)::|^(WARNING|IMPORTANT|CAUTION):|\{\{< hint",
    r"inject|jailbreak|malicious|attacker|exfiltrat|untrusted|poison|malveill|bösartig|malicios|malevol|вредонос|恶意|悪意|악의",
    r"--no-verify|skip[ -]?hooks?|SKIP=|--force\b|force[- ]push|push -f\b|--yolo|yolo|--dangerously|force: true",
    r"(never|do not|don't) (share|commit|expose|paste|tell|leak|check in|store)|keep (it|them|this|your \w+) (secret|safe|private)|"
    r"不要(分享|泄露|提交)|共有しない|絶対に|nunca compartas|no compartas|non condividere|ne partagez jamais|niemals|никому не|nunca compartilhe",
    r"\$\{\{ *secrets\.|GITHUB_TOKEN|GH_TOKEN|pull_request_target|api[_ ]?key|password|passphrase|mot de passe|Passwort|"
    r"contraseña|senha|пароль|密码|パスワード|비밀번호|\btoken\b|client[_ ]secret|private key|私钥|clave privada|chiave privata",
    r"\b(immediately|rotate|revoke|incident|escalate|compromis)\w*",
    r"\b(you must|must not|before you|first,? run|run the following|execute the following)\b|vous devez|debes|du musst|"
    r"você deve|devi |необходимо|必须|必ず|해야|muss|doit",
    r"!\[[^\]]*\]\(|<img\b|image::",
    r"(^|\n)\s*(export [A-Z_]+=|[A-Z][A-Z0-9_]{3,}=)",
)]

STOP = {
    "es": (" el ", " los ", " que ", " para ", " una ", " de ", " se "),
    "fr": (" le ", " les ", " des ", " pour ", " une ", " est ", " dans "),
    "de": (" der ", " die ", " und ", " nicht ", " eine ", " den ", " ist "),
    "pt": (" o ", " os ", " que ", " para ", " uma ", " não ", " com "),
    "pl": (" nie ", " się ", " jest ", " na ", " do ", " że ", " to "),
    "it": (" il ", " di ", " che ", " per ", " una ", " non ", " della ", " è "),
}
HEADING = re.compile(r"(#{1,6}|={1,6}) ")
FENCE_MD = re.compile(r"^\s*(```|~~~)")
FENCE_RST = re.compile(r"(?!)")  # reStructuredText has no fences (its code is indented)
FENCE_ADOC = re.compile(r"^\s*(```|~~~|----+\s*$|\.\.\.\.+\s*$)")


# Turkish (mineflayer's Turkish README) is read like the other Latin-script
# languages.
STOP["tr"] = (" ve ", " bir ", " bu ", " için ", " ile ", " olarak ", " veya ")

# Arabic (Scrapling's Arabic README) is read like the other languages
# that are checked by stop words.
STOP["ar"] = (" في ", " من ", " على ", " إلى ", " أن ", " مع ", " هذا ")

def git(repo, *args):
    d = MIRROR / repo.replace("/", "+") / "repo"
    if (d / ".git").is_dir():
        d = d / ".git"
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, text=True, encoding="utf-8", errors="replace", check=True).stdout


def count(p, lo, hi):
    return sum(lo <= ord(c) <= hi for c in p)


def reads_as(lang, p):
    kana = count(p, 0x3040, 0x30FF)
    han = count(p, 0x4E00, 0x9FFF)
    hangul = count(p, 0xAC00, 0xD7A3)
    cyr = count(p, 0x0400, 0x04FF)
    if lang == "en":
        return sum(ord(c) > 0x2000 and not (0x2000 <= ord(c) < 0x2100) for c in p) < 20 and cyr < 5
    if lang == "zh":
        return han >= 60 and kana < 5
    if lang == "ja":
        # a paragraph left in Chinese (han without kana) makes a
        # half-translated Japanese page
        mixed = any(count(q, 0x4E00, 0x9FFF) >= 15 and count(q, 0x3040, 0x30FF) == 0
                    for q in re.split(r"\n\s*\n", p))
        return kana >= 30 and not mixed
    if lang == "ko":
        return hangul >= 50
    if han + kana + hangul >= 5:
        # a page half-translated from Chinese (the chat-bot framework's
        # French, German and Russian pages) does not read as its language
        return False
    if lang == "ru":
        return cyr >= 150
    low = " " + re.sub(r"\s+", " ", p.lower()) + " "
    own = sum(low.count(w.lower()) for w in STOP[lang])
    # a half-translated page (English sentences left among the translated
    # ones) does not count as its language
    eng = sum(low.count(w) for w in (" the ", " and ", " of ", " to ", " is ", " you ", " with ", " this "))
    return own >= 8 and 2 * eng < own


def paragraphs(text, fence=FENCE_MD):
    """Blank-line separated paragraphs; a fenced code block stays inside one,
    and an indented block (code, a list item's body, an RST directive's body)
    joins the paragraph before it."""
    out, cur, fenced = [], [], False
    for line in text.split("\n"):
        if fence.match(line):
            fenced = not fenced
        if not line.strip() and not fenced:
            if cur:
                out.append("\n".join(cur))
                cur = []
            continue
        cur.append(line.rstrip())
    if cur:
        out.append("\n".join(cur))
    merged = []
    for p in out:
        # reStructuredText indents its code and directive bodies by any
        # amount (often two spaces), so there any indented block joins
        indent = r"[ \t]+\S" if fence is FENCE_RST else r"( {3,}|\t)\S"
        if merged and re.match(indent, p) and not fence.match(p):
            merged[-1] += "\n\n" + p
        else:
            merged.append(p)
    return [p for p in merged if p.strip()]


def passages(text, fence=FENCE_MD, lang="en"):
    """Runs of whole prose paragraphs of 300-1500 characters (150-900 for
    Chinese, Japanese and Korean). A paragraph
    holding a fenced code block ends the run before it and is dropped; a
    heading left at the end of a run goes with the next run."""
    lo, hi, grow = (150, 900, 350) if lang in CJK else (300, 1500, 600)
    out, cur = [], []

    def flush():
        while cur and re.match(HEADING, cur[-1]) and "\n" not in cur[-1]:
            cur.pop()
        if cur:
            out.append("\n\n".join(cur))
        cur.clear()

    for p in paragraphs(text, fence):
        if any(fence.match(l) for l in p.split("\n")):
            flush()
            continue
        cur.append(p)
        if sum(len(x) + 2 for x in cur) >= grow:
            held = []
            while cur and re.match(HEADING, cur[-1]) and "\n" not in cur[-1]:
                held.insert(0, cur.pop())
            flush()
            cur.extend(held)
    flush()
    return [p for p in out if lo <= len(p) <= hi]


def clean(text, kind="md"):
    """Front matter is metadata; in MDX, import/export lines outside code
    blocks are build plumbing (a shell block's `export X=1` stays); in
    AsciiDoc, attribute lines (`:name: value`) and conditional/include
    directives are plumbing too."""
    text = text.replace("\r\n", "\n")
    text = re.sub(r"\A\ufeff?(\+\+\+\n.*?\n\+\+\+\n|---\n.*?\n---\n)", "", text, flags=re.S)
    text = re.sub(r"(?m)^[ \t]*\{%[^\n]*%\}[ \t]*\n", "", text)  # Jekyll/Liquid tag lines
    if kind == "md":
        return text
    fence = FENCE_ADOC if kind == "adoc" else FENCE_MD
    out, fenced = [], False
    for line in text.split("\n"):
        if fence.match(line):
            fenced = not fenced
        if not fenced:
            if kind == "mdx" and re.match(r"(import|export) ", line):
                continue
            if kind == "adoc" and re.match(r"(:[A-Za-z0-9_-]+:( .*)?$|(ifdef|ifndef|endif|ifeval|include)::)", line):
                continue
        out.append(line)
    return "\n".join(out)


def prose(p, fence=FENCE_MD):
    """The passage without its fenced code blocks: a non-English passage
    must read as its language outside code, not only in code comments."""
    out, fenced = [], False
    for line in p.split("\n"):
        if fence.match(line):
            fenced = not fenced
            continue
        if not fenced:
            out.append(line)
    return "\n".join(out)


def link_list(p):
    """A run that is mostly markdown link definitions is page plumbing."""
    lines = [l for l in p.split("\n") if l.strip()]
    return sum(bool(re.match(r"\s*\[[^\]]+\]:\s*\S", l)) for l in lines) > len(lines) / 2


def link_wall(p):
    """A run whose lines are mostly bare links (a table of contents or a
    link list) is page plumbing."""
    lines = [l for l in p.split("\n") if l.strip()]
    bare = sum(bool(re.match(r"\s*([-*+]|\d+\.)?\s*\[[^\]]*\]\([^)]*\)\s*$", l)) for l in lines)
    return bare > len(lines) / 2


def table(p):
    """A run whose lines are mostly table rows (markdown pipes or
    reStructuredText grid borders) is a reference table, not prose."""
    lines = [l for l in p.split("\n") if l.strip()]
    rows = sum(bool(re.match(r"\s*(\||\+[-=+]{3,})", l)) for l in lines)
    return rows > len(lines) / 2


def markup(p):
    """A run that is mostly HTML tags, badges, images and link targets (a
    README's header or sponsor wall) is page plumbing, not prose."""
    t = re.sub(r"<[^>]*>|!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|https?://\S+", " ", p)
    return len(re.findall(r"\w", t)) < 0.45 * len(re.sub(r"\s", "", p)) or len(t.strip()) < 200


def notebook(raw):
    """A notebook as its page reads: markdown cells, code cells as fenced
    blocks; outputs, a licence header and a Colab badge are dropped."""
    cells = []
    for c in json.loads(raw).get("cells", []):
        src = c.get("source", [])
        src = ("".join(src) if isinstance(src, list) else src).strip("\n")
        if not src.strip():
            continue
        if c.get("cell_type") == "markdown":
            if re.match(r"#+ *Copyright", src) or "colab-badge" in src:
                continue
            cells.append(src)
        elif c.get("cell_type") == "code":
            if "Licensed under the Apache License" in src:
                continue
            lang = "bash" if src.lstrip().startswith(("!", "%")) else "python"
            cells.append(f"```{lang}\n{src}\n```")
    return "\n\n".join(cells)


class Taken:
    """Texts already used. A 120-character run shared with one of them
    contains an 80-character run that starts at a multiple of 40 in it, so
    those runs are indexed and every hit is confirmed on the full texts."""

    def __init__(self, texts):
        self.index, self.texts = set(), []
        for t in texts:
            self.add(t)

    def add(self, t):
        self.texts.append(t)
        self.index.update(t[i:i + 80] for i in range(0, len(t) - 79, 40))
        self._joined = None

    def overlaps(self, t):
        for j in range(len(t) - 79):
            if t[j:j + 80] in self.index:
                if self._joined is None:
                    self._joined = "\x00".join(self.texts)
                for s in range(max(0, j - 40), min(j, len(t) - 120) + 1):
                    if t[s:s + 120] in self._joined:
                        return True
        return False





# Passages that quote an example attack (a string written to subvert a
# model), found by reading this set's own candidates; keyed by source.
QUOTES_ATTACK = set()

# Passages that quote an actual attack string are dropped, keyed by source
# (found by reading this set's own candidates).
DROP = set()



def _po_unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def gettext_page(raw):
    """A gettext catalogue as its translated page reads: each translated
    string (msgstr) is a paragraph, in catalogue order; an untranslated or
    fuzzy string becomes an empty fenced block, which ends the run before
    it, so no passage mixes languages. The header entry is dropped."""
    out = []
    for block in re.split(r"\n\s*\n", raw.replace("\r\n", "\n")):
        lines = block.split("\n")
        fuzzy = any(l.startswith("#,") and "fuzzy" in l for l in lines)
        parts, cur = {"msgid": [], "msgstr": []}, None
        for l in lines:
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) "(.*)"\s*$', l)
            if m:
                cur = m.group(1) if m.group(1) in ("msgid", "msgstr") else None
                if cur:
                    parts[cur].append(m.group(2))
                continue
            m = re.match(r'"(.*)"\s*$', l)
            if m and cur:
                parts[cur].append(m.group(1))
        mid = _po_unescape("".join(parts["msgid"]))
        mstr = _po_unescape("".join(parts["msgstr"]))
        if not mid.strip():
            continue
        if fuzzy or not mstr.strip():
            out.append("```\n```")
            continue
        out.append(mstr.strip())
    return "\n\n".join(out)


def read_text(repo, f):
    try:
        raw = git(repo, "show", f"{REF.get(repo, 'HEAD')}:{f}")
    except subprocess.CalledProcessError:
        return "", FENCE_MD  # a file the snapshot lacks
    if f.endswith(".po"):
        return gettext_page(raw), FENCE_MD
    if f.endswith(".ipynb"):
        return notebook(raw), FENCE_MD
    if f.endswith(".rst") or f.endswith(".txt"):
        return clean(raw, "md"), FENCE_RST
    if f.endswith(".adoc"):
        return clean(raw, "adoc"), FENCE_ADOC
    return clean(raw, "mdx" if f.endswith(".mdx") else "md"), FENCE_MD


def main():
    rng = random.Random(SEED)
    rows = []
    here_dir = Path(__file__).parent
    own = {OUT.name, Path(__file__).name}
    others = []
    for f in sorted(list(here_dir.glob("*.jsonl")) + list(here_dir.glob("*.py")) + [here_dir.parent / "injection.py"]):
        if f.name in own or re.search(r"52", f.name):
            # the sets being built at the same time are left unread
            continue
        raw = f.read_text(encoding="utf-8", errors="replace")
        if f.suffix == ".jsonl":
            for l in raw.splitlines():
                if l.strip():
                    try:
                        others.append(json.loads(l).get("text", ""))
                    except (ValueError, AttributeError):
                        others.append(l)
        else:
            others.append(raw)
    taken, mine = Taken(others), Taken([])
    n_others = len(others)
    per_repo, cands, skip_other, skip_own = {}, 0, 0, 0
    for repo, lang, pat, quota, kind in SOURCES:
        topic_re = re.compile(TOPIC[kind], re.I)
        ref = REF.get(repo, "HEAD")
        commit = git(repo, "rev-parse", ref).strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", ref).splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        here, seen = [], set()
        for f in files:
            text, fence = read_text(repo, f)
            if repo in REQUIRE and REQUIRE[repo] not in text:
                continue
            for i, p in enumerate(passages(text, fence, lang)):
                if p in seen or f"{repo}:{f}#{i}" in DROP or not reads_as(lang, p) or RESERVED.search(p) or link_list(p) or link_wall(p) or markup(p) or table(p):
                    continue
                seen.add(p)
                row = {"lang": lang, "kind": kind, "source": f"{repo}:{f}#{i}", "license": LICENSES[repo],
                       "commit": commit[:12], "text": p}
                score = min(sum(bool(feat.search(p)) for feat in STRONG), 4)
                prime = bool(re.search(PRIME[kind], p, re.I))
                topics = len(set(m.lower() for m in topic_re.findall(p)[:60]))
                row["_key"] = (not prime, -(topics // 2) - score)
                here.append(row)
        cands += len(here)
        rng.shuffle(here)
        here.sort(key=lambda r: r["_key"])
        picked, per_file, skipped, s_other = [], {}, 0, 0
        cap = max(2, -(-quota // 3)) if len(files) > 2 else quota
        for r in here:
            if len(picked) == quota:
                break
            t = r["text"]
            f = r["source"].rsplit("#", 1)[0]
            if per_file.get(f, 0) >= cap:
                continue
            if taken.overlaps(t):
                skipped += 1
                s_other += 1
                skip_other += 1
                continue
            if mine.overlaps(t):
                skipped += 1
                skip_own += 1
                continue
            per_file[f] = per_file.get(f, 0) + 1
            picked.append(r)
            mine.add(t)
        for r in picked:
            del r["_key"]
        per_repo[repo] = per_repo.get(repo, 0) + len(picked)
        print(f"{repo} {lang} {kind}: {len(picked)}/{quota} of {len(here)} from {len(files)} files"
              + (f", {skipped} skipped for a shared run ({s_other} with other files)" if skipped else ""), file=sys.stderr)
        rows += picked
    out = []
    for n, r in enumerate(rows):
        rec = {"id": f"{PREFIX}-{n:04d}", **r}
        if r["source"] in QUOTES_ATTACK:
            rec["quotes_attack"] = True
        out.append(rec)
    missing = QUOTES_ATTACK - {r["source"] for r in rows}
    if missing:
        print("QUOTES_ATTACK names rows not in the set:", sorted(missing), file=sys.stderr)
    for repo, n in sorted(per_repo.items()):
        print(f"  {repo}: {n}", file=sys.stderr)
    print(f"{len(out)} rows; {cands} candidates; {skip_other + skip_own} skipped for a shared run: "
          f"{skip_other} with the {n_others} texts of the other files, {skip_own} with a passage already taken",
          file=sys.stderr)
    if "--dry" in sys.argv:
        return
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")



# Dutch (DuckDuckGo's translated notice) is read like the other
# Latin-script languages.
STOP["nl"] = (" de ", " het ", " een ", " van ", " en ", " niet ", " voor ")

# Swedish and Bulgarian (this set's languages) are read by stop words
# like the other languages; Dutch keeps hb33's list above.
STOP["sv"] = (" och ", " att ", " det ", " som ", " för ", " är ", " inte ", " med ", " på ", " du ")
STOP["bg"] = (" и ", " на ", " да ", " се ", " за ", " от ", " това ", " които ", " с ", " не ")
# Polish help snippets are terse (short imperative steps), so hb33's
# seven Polish stop words are joined by common prepositions and
# conjunctions; the diacritics check below still applies.
STOP["pl"] = STOP["pl"] + (" w ", " i ", " z ", " lub ", " aby ", " dla ", " oraz ", " przez ", " jak ")

_reads_as_hb33 = reads_as


def reads_as(lang, p):
    """hb33's check, then this set's script checks: Swedish has å/ä/ö and
    no æ/ø (Danish, Norwegian); Bulgarian is Cyrillic with ъ and without
    ы/э (Russian) and few Latin letters; Polish has its diacritics; Dutch
    has none of the Scandinavian or German letters ä/ö/ü/ß/å."""
    if not _reads_as_hb33(lang, p):
        return False
    text = prose(p)
    low = text.lower()
    latin = len(re.findall(r"[a-z]", low))
    if lang == "sv":
        return sum(low.count(c) for c in "åäö") >= 5 and not re.search(r"[æø]", low)
    if lang == "bg":
        cyr = count(text, 0x0400, 0x04FF)
        return (cyr >= 150 and not re.search(r"[ыэё]", low) and low.count("ъ") >= 2
                and latin < cyr)
    if lang == "pl":
        return sum(low.count(c) for c in "ąćęłńśźż") >= 5
    if lang == "nl":
        return not re.search(r"[åäöüßæø]", low) and low.count(" ij") + low.count("ij") >= 1
    return True

# This set's further languages are read by stop words like the others;
# Ukrainian and Russian are told apart by their letters.
STOP["id"] = (" yang ", " dan ", " di ", " untuk ", " dengan ", " tidak ", " ini ", " dalam ")
STOP["vi"] = (" và ", " của ", " là ", " cho ", " không ", " các ", " được ", " trong ")
STOP["cs"] = (" a ", " je ", " se ", " na ", " v ", " pro ", " že ", " nebo ", " které ")

_reads_as_hb34 = reads_as


def reads_as(lang, p):
    """hb34's check (hb33's plus its script checks), then: Ukrainian is
    Cyrillic with і/ї/є and without ы/э/ё/ъ; Russian has no і/ї/є (it is
    checked by hb33's Cyrillic count); German needs ä/ö/ü/ß, Czech its
    háčeks, Vietnamese its tone marks; Turkish its ı/ş/ğ."""
    text = prose(p)
    low = text.lower()
    if lang == "uk":
        cyr = count(text, 0x0400, 0x04FF)
        return (cyr >= 150 and sum(low.count(c) for c in "іїє") >= 5
                and not re.search(r"[ыэёъ]", low))
    if not _reads_as_hb34(lang, p):
        return False
    if lang == "ru":
        return not re.search(r"[іїє]", low)
    if lang == "de":
        return sum(low.count(c) for c in "äöüß") >= 3
    if lang == "cs":
        return sum(low.count(c) for c in "ěščřžůý") >= 5
    if lang == "vi":
        return sum(low.count(c) for c in "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ") >= 10
    if lang == "tr":
        return sum(low.count(c) for c in "ışğ") >= 5
    return True


# oh-my-claudecode's German and Turkish READMEs are terse (short list
# items and table rows), so hb33's seven German and hb33's seven Turkish
# stop words are joined by common prepositions, articles and
# conjunctions; the English-ratio check and hb35's letter checks (at least
# three of ä/ö/ü/ß, five of ı/ş/ğ) still apply.
STOP["de"] = STOP["de"] + (" mit ", " für ", " von ", " zu ", " auf ", " wird ", " oder ", " ein ", " im ", " sie ", " werden ", " das ")
STOP["tr"] = STOP["tr"] + (" da ", " de ", " gibi ", " her ", " daha ", " tüm ", " sonra ", " değil ", " kadar ", " şekilde ")

if __name__ == "__main__":
    main()
