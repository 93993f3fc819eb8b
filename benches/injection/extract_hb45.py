#!/usr/bin/env python3
"""Builds the forty-fifth hard-benign set (hard_benign45.jsonl): real
documentation passages only (no written half), about three fifths in
English and the rest in other languages, from openly licensed
repositories (MIT, Apache-2.0, BSD, MPL-2.0, CC BY 4.0) that no earlier
set names, chosen blind: without reading the detector, its rule docs,
RESULTS.md or the earlier sets' texts, and without running the detector
on this set.

Theme: network infrastructure, where the reader is a network or system
administrator. Firewalls and packet filters: pfSense (its web
interface's translated help texts, from its gettext catalogues: German,
French, Spanish, Italian, Dutch, Polish, Brazilian Portuguese, Russian,
Japanese, Korean, Chinese and Turkish) and zapret (a DPI-circumvention
packet filter for iptables, nftables, ipfw and WinDivert; Russian and
English manuals). Routers, switches and routing: the Ryu SDN book
(OpenFlow switching hubs, REST firewall and router apps; Japanese,
Korean, traditional Chinese and English), GoBGP (a BGP daemon), Gluon
(Freifunk's OpenWrt-based router firmware) and Routinator (an RPKI
validator that feeds routers route-origin data over RTR). VPN: SoftEther VPN
(its README and its important-notices document in Japanese, Korean,
Chinese, Indonesian and English) and WireGuard Portal. DNS: CoreDNS (its
plugins: forward, rewrite, acl, cache, ...), Blocky (a blocking DNS
proxy), DNSControl (DNS as code) and ddns-go (dynamic DNS; Chinese
and English). DHCP: Kea's
administrator reference manual. Proxies: Nginx Proxy Manager (its guide
and its in-app help pages in English and eleven other languages),
mitmproxy (an intercepting proxy) and Varnish Cache (a caching reverse
proxy and its VCL). Network monitoring: Zeek's documentation.

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines, AsciiDoc
attribute lines and Jekyll/Liquid tag lines are dropped; a gettext
catalogue is read as its translated strings, one paragraph each, an
untranslated string ending the run. Files written for agents rather
than for people (AGENTS.md/CLAUDE.md, SKILL.md, .cursor skills, Copilot
instructions, DNSControl's MCP-server page), and codes of conduct,
licence, legal and copyright pages, changelogs and release notes,
governance, credits, contribution and translation-guide pages and
templates are left out (SKIP and the path filters). Within each source's
quota, passages that show the kind's hardest shape come first, then
passages with more topic words and distinct hard features (STRONG,
counted up to four), random within a score (seed 4545); no file gives
more than a third of a quota (at least two) when a source has three
files or more. A passage must read as its language (stop words, script
and letters; see reads_as); a half-translated passage does not count;
runs that are mostly markup, bare links, link definitions or table rows
are skipped. A passage that names AgentDojo, spikee or garak is left
out.

File names are given by git unquoted (core.quotePath=false, through
git's environment, set below before the copied helpers), so that any
non-ASCII `ls-tree` name can be given back to `git show`.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Files whose names hold 50 (a set built at the same time) are left out
of that check, unread. Passages that quote an example attack would be
marked `quotes_attack: true` (QUOTES_ATTACK below); a passage that
quotes an actual attack string aimed at an AI model (a prompt injection
or jailbreak) is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES45.md), then run

    python3 benches/injection/extract_hb45.py

from the repository root. It writes benches/injection/hard_benign45.jsonl
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
OUT = Path(__file__).parent / "hard_benign45.jsonl"
SEED = 4545
PREFIX = "hb45"

PFSENSE = "pfsense/pfsense"
RYUBOOK = "osrg/ryu-book"
ZAPRET = "bol-van/zapret"
SOFTETHER = "SoftEtherVPN/SoftEtherVPN"
DDNSGO = "jeessy2/ddns-go"
NPM = "NginxProxyManager/nginx-proxy-manager"
COREDNS = "coredns/coredns"
BLOCKY = "0xERR0R/blocky"
DNSCONTROL = "StackExchange/dnscontrol"
GOBGP = "osrg/gobgp"
GLUON = "freifunk-gluon/gluon"
MITM = "mitmproxy/mitmproxy"
VARNISH = "varnishcache/varnish-cache"
KEA = "isc-projects/kea"
ROUTINATOR = "NLnetLabs/routinator"
WGPORTAL = "h44z/wg-portal"
ZEEK = "zeek/zeek-docs"

LICENSES = {
    PFSENSE: "Apache-2.0", RYUBOOK: "Apache-2.0", ZAPRET: "MIT", SOFTETHER: "Apache-2.0", DDNSGO: "MIT",
    NPM: "MIT", COREDNS: "Apache-2.0", BLOCKY: "Apache-2.0", DNSCONTROL: "MIT", GOBGP: "Apache-2.0",
    GLUON: "BSD-2-Clause", MITM: "MIT", VARNISH: "BSD-2-Clause", KEA: "MPL-2.0", ROUTINATOR: "BSD-3-Clause",
    WGPORTAL: "MIT", ZEEK: "CC-BY-4.0",
}

REF = {}

# Topic words shared by every kind (networks, interfaces, addresses,
# packets, ports, rules, hosts, routes, tunnels, zones, proxies and their
# configuration), in the languages of this set; each kind adds its own.
BASE = (r"network|interface|\bip\b|ipv[46]|address|packet|port|protocol|\btcp\b|\budp\b|rule|host|route|"
        r"gateway|subnet|\bnat\b|\bdns\b|domain|server|client|tunnel|proxy|firewall|traffic|config|setting|"
        r"certificate|\btls\b|https?\b|\bvlan|switch|router|upstream|backend|log|"
        r"netzwerk|schnittstelle|adresse|paket|regel|weiterleitung|einstellung|zertifikat|verbindung|"
        r"réseau|adresse|paquet|règle|passerelle|serveur|pare-feu|paramètre|certificat|connexion|"
        r"red\b|interfaz|dirección|paquete|regla|puerta de enlace|servidor|cortafuegos|configuración|conexión|"
        r"rede\b|endereço|pacote|regra|servidor|configuração|conexão|"
        r"rete\b|indirizz|pacchett|regola|server|impostazion|connession|"
        r"netwerk|adres|pakket|regel|verbinding|instelling|"
        r"sieć|sieci|adres|pakiet|reguł|serwer|połączeni|ustawieni|zapor|"
        r"ağ\b|adres|paket|kural|sunucu|bağlantı|ayar|güvenlik duvarı|"
        r"jaringan|alamat|paket|koneksi|server|"
        r"сет|интерфейс|адрес|пакет|правил|маршрут|сервер|клиент|туннел|прокси|фаервол|брандмауэр|трафик|"
        r"соединени|настро|порт|домен|"
        r"ネットワーク|インターフェース|アドレス|パケット|ルール|ルーター|ルータ|スイッチ|サーバー|ファイアウォール|"
        r"トンネル|プロキシ|設定|接続|経路|フロー|"
        r"网络|網路|網絡|接口|介面|地址|位址|数据包|封包|规则|規則|路由|交换机|交換器|服务器|伺服器|防火墙|防火牆|"
        r"隧道|代理|设置|设定|設定|配置|连接|連線|域名|解析|"
        r"네트워크|인터페이스|주소|패킷|규칙|라우터|스위치|서버|방화벽|터널|프록시|설정|연결|경로|플로우")
TOPIC = {
    "doc:firewall": BASE + r"|pass|block|reject|alias|states?\b|pf\b|iptables|nftables|nfqws|tpws|\bdpi\b|"
                           r"blockcheck|hostlist|ipset|divert|windivert|queue|captive portal|"
                           r"blockier|sperr|bloquer|bloquear|bloccare|blokkeren|blokow|engelle|"
                           r"блокир|ブロック|阻止|封锁|封鎖|차단",
    "doc:routing": BASE + r"|\bbgp\b|peer|neighbor|\brib\b|prefix|\bas\b|policy|openflow|flow ?table|flow entry|"
                          r"controller|mesh|batman|node|uplink|rpki|roa\b|vrp|rtr\b|trust anchor|mac address|spanning tree|vrf|evpn|"
                          r"フローテーブル|コントローラ|ピア|流表|控制器|플로우 테이블|컨트롤러",
    "doc:vpn": BASE + r"|vpn|wireguard|openvpn|ipsec|l2tp|peer|key|virtual hub|bridge|nat traversal|"
                      r"azure|ddns|dynamic dns|kill ?switch|exit|"
                      r"仮想|ブリッジ|虚拟|桥接|가상|브리지",
    "doc:dns": BASE + r"|zone|record|resolver|resolve|forward|upstream|blocklist|allowlist|denylist|cache|"
                      r"query|dnssec|\bttl\b|\bcname\b|\bmx\b|\bptr\b|nameserver|stub|plugin|corefile|"
                      r"provider|registrar|ddns|webhook|"
                      r"解析|记录|域名|缓存|dns",
    "doc:dhcp": BASE + r"|dhcp|lease|subnet|pool|reservation|option|hook|ha\b|high availability|"
                       r"relay|ddns|control agent|control channel|api",
    "doc:proxy": BASE + r"|proxy host|reverse proxy|redirect|access list|stream|ssl|let'?s encrypt|"
                        r"vcl|backend|cache|purge|\bban\b|header|request|response|intercept|flow|addon|"
                        r"mode|transparent|upstream|"
                        r"weiterleit|redirection|redirecci|redirecion|reindirizz|omleid|przekierow|"
                        r"перенаправ|リダイレクト|重定向|리디렉션",
    "doc:monitoring": BASE + r"|zeek|\blogs?\b|conn\.log|notice|intel|signature|cluster|worker|manager|"
                             r"event|script|analyzer|pcap|capture|sensor",
}

REQUIRE = {}

_PF = r"^src/usr/local/share/locale/{}/LC_MESSAGES/pfSense\.po$"
_RYU = r"^{}/source/(?!index\.rst$|contribute\.rst$|preface_translation\.rst$).+\.rst$"
_SE = r"^src/bin/hamcore/warning_{}\.txt$"
_NPMH = r"^frontend/src/locale/src/HelpDoc/{}/.+\.md$"

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Firewalls and packet filters
    (PFSENSE, "de", _PF.format("de_DE"), 7, "doc:firewall"),
    (PFSENSE, "fr", _PF.format("fr_FR"), 6, "doc:firewall"),
    (PFSENSE, "es", _PF.format("es"), 6, "doc:firewall"),
    (PFSENSE, "it", _PF.format("it"), 5, "doc:firewall"),
    (PFSENSE, "nl", _PF.format("nl_NL"), 4, "doc:firewall"),
    (PFSENSE, "pl", _PF.format("pl_PL"), 4, "doc:firewall"),
    (PFSENSE, "pt", _PF.format("pt_BR"), 5, "doc:firewall"),
    (PFSENSE, "ru", _PF.format("ru_RU"), 4, "doc:firewall"),
    (PFSENSE, "ja", _PF.format("ja"), 4, "doc:firewall"),
    (PFSENSE, "ko", _PF.format("ko_KR"), 3, "doc:firewall"),
    (PFSENSE, "zh", _PF.format("zh_CN"), 4, "doc:firewall"),
    (PFSENSE, "tr", _PF.format("tr_TR"), 3, "doc:firewall"),
    (ZAPRET, "ru", r"^docs/(readme|quick_start|quick_start_windows|bsd|windows)\.md$|"
                   r"^docs/(iptables|nftables|nftables_notes|bsdfw|redsocks|wireguard_iproute_openwrt)\.txt$", 24, "doc:firewall"),
    (ZAPRET, "en", r"^docs/(readme|bsd|windows)\.en\.md$", 18, "doc:firewall"),
    # Routers, switches and routing daemons
    (RYUBOOK, "ja", _RYU.format("ja"), 13, "doc:routing"),
    (RYUBOOK, "ko", _RYU.format("ko"), 11, "doc:routing"),
    (RYUBOOK, "zh", _RYU.format("zh_tw"), 11, "doc:routing"),
    (RYUBOOK, "en", _RYU.format("en"), 14, "doc:routing"),
    (GOBGP, "en", r"^(README\.md|docs/sources/.+\.md)$", 13, "doc:routing"),
    (GLUON, "en", r"^(README\.md|docs/(user|features|package)/.+\.(rst|md))$", 13, "doc:routing"),
    (ROUTINATOR, "en", r"^(README\.md|doc/manual/source/(?!index\.rst$).+\.rst)$", 10, "doc:routing"),
    # VPN servers and clients
    (SOFTETHER, "ja", _SE.format("ja"), 5, "doc:vpn"),
    (SOFTETHER, "ko", _SE.format("ko"), 5, "doc:vpn"),
    (SOFTETHER, "zh", _SE.format("cn"), 5, "doc:vpn"),
    (SOFTETHER, "id", _SE.format("id"), 3, "doc:vpn"),
    (SOFTETHER, "en", r"^(README\.md|ContainerREADME\.md|ANTIVIRUS\.md|src/bin/hamcore/openvpn_readme\.txt|"
                      r"src/bin/hamcore/warning_en\.txt)$", 6, "doc:vpn"),
    (WGPORTAL, "en", r"^(README\.md|docs/documentation/.+\.md)$", 8, "doc:vpn"),
    # DNS resolvers, servers and managers
    (COREDNS, "en", r"^(README\.md|plugin\.md|plugin/[^/]+/README\.md)$", 21, "doc:dns"),
    (BLOCKY, "en", r"^(README\.md|docs/(?!includes/).+\.md)$", 12, "doc:dns"),
    (DNSCONTROL, "en", r"^(README\.md|documentation/(?!release/|developer-info/).+\.md)$", 18, "doc:dns"),
    (DDNSGO, "zh", r"^README\.md$", 3, "doc:dns"),
    (DDNSGO, "en", r"^README_EN\.md$", 2, "doc:dns"),
    (KEA, "en", r"^doc/sphinx/arm/.+\.rst$", 19, "doc:dhcp"),
    # Reverse and forward proxies
    (NPM, "en", r"^(README\.md|docs/src/.+\.md|frontend/src/locale/src/HelpDoc/en/.+\.md)$", 10, "doc:proxy"),
    (NPM, "de", _NPMH.format("de"), 2, "doc:proxy"),
    (NPM, "fr", _NPMH.format("fr"), 2, "doc:proxy"),
    (NPM, "es", _NPMH.format("es"), 2, "doc:proxy"),
    (NPM, "it", _NPMH.format("it"), 2, "doc:proxy"),
    (NPM, "pt", _NPMH.format("pt"), 2, "doc:proxy"),
    (NPM, "ru", _NPMH.format("ru"), 2, "doc:proxy"),
    (NPM, "ja", _NPMH.format("ja"), 1, "doc:proxy"),
    (NPM, "nl", _NPMH.format("nl"), 1, "doc:proxy"),
    (NPM, "pl", _NPMH.format("pl"), 1, "doc:proxy"),
    (NPM, "zh", _NPMH.format("zh"), 1, "doc:proxy"),
    (NPM, "ko", _NPMH.format("ko"), 1, "doc:proxy"),
    (MITM, "en", r"^(README\.md|docs/src/content/(?!api/|addons/api-changelog).+\.md)$", 15, "doc:proxy"),
    (VARNISH, "en", r"^(README\.rst|doc/sphinx/(users-guide|tutorial|reference|installation|vcl-design-patterns)/.+\.rst)$", 18, "doc:proxy"),
    # Network monitoring
    (ZEEK, "en", r"^(quickstart|monitoring|cluster-setup|troubleshooting|customizations|about|install|log-formats)\.rst$|"
                 r"^(frameworks|logs|scripting)/.+\.rst$", 11, "doc:monitoring"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# the reader (an administrator, an operator, a user) told what must or
# must never be done; admin and root powers; commands typed into a shell
# or a console; rules that allow, deny, drop, reject, forward or redirect;
# bypassing, disabling, deleting, flushing and resetting; keys, secrets,
# tokens and passwords; and their forms in the set's languages.
_CMD = (r"ignor|overrid|\bmust\b|\bshall\b|\bnever\b|do not|don't|always|\badmin|administrator|\broot\b|"
        r"sudo|superuser|privilege|console|command|shell|\ballow|\bdeny|denied|\bdrop|reject|\bblock|"
        r"forward|redirect|bypass|disable|delete|remove|flush|reset|\bkill\b|\bforce|overwrite|"
        r"\bkey\b|\bkeys\b|private key|secret|\btoken|password|passphrase|credential|you are|immediately|"
        r"instructions|warning|caution|dangerous|insecure|"
        r"\bmuss|müssen|darf nicht|dürfen nicht|niemals|\bimmer\b|administrator|befehl|konsole|erlaub|"
        r"verweiger|verwerf|ablehn|blockier|sperr|weiterleit|umleit|umgeh|deaktivier|lösch|zurücksetz|"
        r"schlüssel|geheim|passwort|kennwort|überschreib|ignorier|warnung|"
        r"\bdoit\b|doivent|ne doit|jamais|toujours|administrat|commande|autoris|refus|rejet|bloqu|"
        r"transf[eé]r|redirig|contourn|désactiv|supprim|réinitialis|clé|secret|mot de passe|écras|ignor|"
        r"\bdebe|nunca|siempre|administrador|comando|consola|permit|deneg|rechaz|descart|bloque|reenv|"
        r"redirig|omit|desactiv|elimin|borrar|restablec|clave|secreto|contraseña|sobrescrib|"
        r"\bdeve\b|devem|sempre|permit|negar|rejeit|descart|bloque|encaminh|redireci|contorn|desativ|"
        r"desabilit|excluir|apagar|remover|redefinir|chave|senha|sobrescrev|"
        r"\bdeve\b|devono|\bmai\b|sempre|amministrat|comando|consentit|nega|rifiut|scart|blocc|inoltr|"
        r"reindirizz|aggir|disabilit|elimin|cancell|ripristin|chiave|segret|password|sovrascriv|ignora|"
        r"\bmoet|nooit|altijd|beheerder|commando|opdracht|toestaan|weiger|blokkeer|doorstur|omleid|"
        r"omzeil|uitschakel|verwijder|wachtwoord|sleutel|geheim|overschrijv|negeer|"
        r"musi|nigdy|zawsze|administrator|polecen|konsol|zezwal|odrzuc|blokuj|przekier|pomi|wyłącz|"
        r"usuń|usun|resetuj|klucz|sekret|hasło|hasła|nadpis|ignoruj|"
        r"\bmutlaka|asla|her zaman|yönetici|komut|izin ver|reddet|engelle|yönlendir|devre dışı|sil\b|"
        r"sıfırla|anahtar|gizli|parola|şifre|"
        r"\bharus|jangan|selalu|administrator|perintah|blokir|memblokir|lewati|nonaktif|hapus|kunci|rahasia|"
        r"kata sandi|"
        r"должн|необходимо|никогда|всегда|нельзя|администратор|root|команд|консол|разреш|запрет|"
        r"отбрас|отклон|блокир|перенаправ|обход|отключ|удал|сброс|ключ|секрет|пароль|токен|"
        r"перезапис|игнорир|"
        r"必ず|しないでください|してはいけません|絶対|管理者|コマンド|コンソール|許可|拒否|破棄|ドロップ|遮断|"
        r"転送|リダイレクト|回避|迂回|無効|削除|リセット|鍵|秘密|パスワード|トークン|上書き|無視|注意|警告|"
        r"必须|不要|不得|禁止|永远|总是|管理员|管理員|命令|指令|控制台|允许|允許|拒绝|拒絕|丢弃|丟棄|阻止|封锁|"
        r"转发|轉送|转送|重定向|绕过|繞過|禁用|删除|刪除|重置|密钥|金鑰|密码|密碼|令牌|覆盖|忽略|警告|"
        r"반드시|절대|하지 마|관리자|명령|콘솔|허용|거부|드롭|폐기|차단|전달|포워딩|리디렉션|우회|비활성화|"
        r"삭제|초기화|키\b|비밀|비밀번호|토큰|덮어|무시|주의|경고")
PRIME = {
    "doc:firewall": _CMD + r"|\bpass\b|block|reject|anti-?lockout|lockout|floating|quick|default deny|"
                           r"state|\bnat\b|port forward|outbound|captive portal|dpi|desync|fake|hostlist|"
                           r"autohostlist|blockcheck|censor|цензур|провайдер|dpi",
    "doc:routing": _CMD + r"|policy|import|export|accept|reject|withdraw|peer|neighbor|flow entry|"
                          r"firewall|drop|priority|mesh|autoupdater|ssh|フロー|ファイアウォール|防火牆|방화벽",
    "doc:vpn": _CMD + r"|vpn|tunnel|peer|private key|pre-?shared|psk|nat traversal|firewall|"
                      r"export|law|illegal|permission|prohibit|antivirus|"
                      r"法律|違法|禁止|許可|法|불법|법률|hukum|ilegal|izin",
    "doc:dns": _CMD + r"|forward|blocklist|denylist|allowlist|\bblock|refuse|nxdomain|rewrite|"
                      r"override|spoof|acl|access-control|local-zone|redirect|cache|purge|\btsig|"
                      r"api[ _-]?key|credentials|token",
    "doc:dhcp": _CMD + r"|reservation|deny|drop|client class|hook|control channel|api|authenticat|"
                       r"tls|password|secret|unix socket|override",
    "doc:proxy": _CMD + r"|access list|authoriz|satisfy|basic auth|redirect|rewrite|header|"
                        r"return ?\(|pass|pipe|purge|\bban\b|restart|synth|intercept|replay|"
                        r"kill|modify|certificate|ca\b|trust",
    "doc:monitoring": _CMD + r"|notice|alarm|drop|suppress|shunt|block|ignore|redef|"
                             r"intel|signature|weird|worker|manager|cluster",
}

# Files written for agents rather than for people, codes of conduct,
# licences, changelogs, release notes, acknowledgement pages, templates and
# the like are left out (the path filters never pick most of them; this is
# a second guard): hb44's list, plus CoreDNS's release notes (notes/),
# release-note and changelog files spelt "Changelog", governance,
# credits, SoftEther's EULA, legal notes, disclaimer and translation
# guide, Ryu-Book's contributing and translation-preface pages.
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
                  r"TRANSLATION_GUIDE|(^|/)contribute\.rst$|preface_translation|(^|/)mcp-server\.md$)")

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
        if f.name in own or re.search(r"50", f.name):
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
