#!/usr/bin/env python3
"""Builds the fifty-third hard-benign set (hard_benign53.jsonl): real
documentation passages only (no written half), in English and eight
other languages, from openly licensed repositories (MIT, Apache-2.0,
MIT OR Apache-2.0, BSD-3-Clause, ISC) that no earlier set names, chosen
blind: without reading the detector, its rule docs, RESULTS.md or the
earlier sets' texts, and without running the detector on this set.

Theme: firmware, devices and hardware tooling, where the reader flashes
a board, a phone, a keyboard or a console, unlocks or replaces its
bootloader, sets up a single-board computer or a serial console, and
gives the tools access to USB devices. Microcontroller toolchains: ESP-IDF
(Espressif's IoT framework; English docs and their Simplified Chinese
translation, on installing the tools, serial connections, idf.py, the
monitor, JTAG, the bootloader, flash encryption, secure boot, eFuses and
OTA) and PlatformIO (its docs on installation, udev rules, the CLI,
environment variables, CI, debug probes and upload options). Flashers:
stlink (STM32 flashing tools), espflash (ESP32 serial flasher) and
Heimdall (Samsung phone flashing). Bootloaders: GrapheneOS (the install
guides, usage guide, FAQ and build guide of a phone OS: unlocking and
locking the bootloader, fastboot and adb; its pages are HTML, read by a
small reader added below) and Adafruit's nRF52 bootloader (UF2/DFU).
Single-board computers: pi-gen (Raspberry Pi OS image builder) and
usbboot (Raspberry Pi USB boot, EEPROM and secure boot). Keyboards:
KMonad (keyboard remapping daemon; uinput and udev), RMK (Rust keyboard
firmware; English docs, Chinese README) and BLE Micro Pro (a Japanese
wireless keyboard controller; its Japanese docs). Device firmware:
MicroPython (its port guides and reference pages on flashing, the REPL,
mpremote and resets), Stack-chan (a robot on M5Stack with ChatGPT and
speech mods; English and Japanese docs) and ESP-BOX (Espressif's voice
assistant kit and its ChatGPT demo; English and Chinese docs). Console
custom firmware: the Nintendo Switch guide (English) and the 3DS guide
(English and its Korean, Russian, German, French, Spanish, Brazilian
Portuguese, Simplified Chinese and Japanese translations).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines, AsciiDoc
attribute lines and Jekyll/Liquid tag lines are dropped. HTML pages are
read from their <main> element: paragraphs, list items and headings
become paragraphs and <pre> blocks fenced blocks. Files written for
agents rather than for people (AGENTS.md, CLAUDE.md and the like),
codes of conduct, licence, copyright and security pages, changelogs,
release notes and release guides, contribution pages and templates are
left out (SKIP and the path filters). Within each source's quota,
passages that show the kind's hardest shape come first, then passages
with more topic words and distinct hard features (STRONG, counted up to
four), random within a score (seed 5353); no file gives more than a
third of a quota (at least two) when a source has three files or more.
A passage must read as its language (stop words, script and letters;
see reads_as); a half-translated passage does not count; runs that are
mostly markup, bare links, link definitions or table rows are skipped.
A passage that names AgentDojo, spikee or garak is left out.

File names are given by git unquoted (core.quotePath=false, through
git's environment, set below before the copied helpers), so that any
non-ASCII `ls-tree` name can be given back to `git show`.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Files whose names hold 58 (a held-out set built at the same time) are
left out of that check, unread. Passages that quote an example attack
would be marked `quotes_attack: true` (QUOTES_ATTACK below); a passage
that quotes an actual attack string aimed at an AI model (a prompt
injection or jailbreak) is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES53.md), then run

    python3 benches/injection/extract_hb53.py

from the repository root. It writes benches/injection/hard_benign53.jsonl
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
OUT = Path(__file__).parent / "hard_benign53.jsonl"
SEED = 5353
PREFIX = "hb53"

ESPIDF = "espressif/esp-idf"
PIO = "platformio/platformio-docs"
STLINK = "stlink-org/stlink"
ESPFLASH = "esp-rs/espflash"
HEIMDALL = "Benjamin-Dobell/Heimdall"
GOS = "GrapheneOS/grapheneos.org"
NRF52BL = "adafruit/Adafruit_nRF52_Bootloader"
PIGEN = "RPi-Distro/pi-gen"
USBBOOT = "raspberrypi/usbboot"
KMONAD = "kmonad/kmonad"
RMK = "HaoboGu/rmk"
BMP = "sekigon-gonnoc/BLE-Micro-Pro"
MPY = "micropython/micropython"
STACKCHAN = "meganetaaan/stack-chan"
ESPBOX = "espressif/esp-box"
NXGUIDE = "nh-server/switch-guide"
GUIDE3DS = "hacks-guide/Guide_3DS"

LICENSES = {
    ESPIDF: "Apache-2.0", PIO: "Apache-2.0", STLINK: "BSD-3-Clause", ESPFLASH: "MIT OR Apache-2.0", HEIMDALL: "MIT",
    GOS: "MIT", NRF52BL: "MIT", PIGEN: "BSD-3-Clause", USBBOOT: "Apache-2.0", KMONAD: "MIT",
    RMK: "MIT OR Apache-2.0", BMP: "MIT", MPY: "MIT", STACKCHAN: "Apache-2.0", ESPBOX: "Apache-2.0",
    NXGUIDE: "ISC", GUIDE3DS: "MIT",
}

# Every mirror's HEAD is its default branch.
REF = {}

# Topic words shared by every kind (firmware and flashing, boards and
# chips, bootloaders and boot modes, USB, serial and debug probes, images,
# partitions and storage, devices, drivers and udev, keyboards, consoles
# and their SD cards), in the languages of this set; each kind adds its
# own.
BASE = (r"\bfirmware|\bflash|\bbootloader|\bboot\b|\bbooting|\bboards?\b|\bdevices?\b|\bchips?\b|\bmcu\b|"
        r"\bmicrocontroller|\busb\b|\bserial\b|\buart\b|\bjtag\b|\bswd\b|\bport\b|\bdrivers?\b|\budev|\bimages?\b|"
        r"\bpartitions?\b|\bsd ?card|\bmicrosd|\beeprom|\bmemory|\breset|\breboot|\brecovery|\bupdate|\bupgrade|"
        r"\binstall|\bconfig|\btools?\b|\btoolchain|\bcompil|\bbuild|\bupload|\bdownload|\bbinary|\b\.bin\b|"
        r"\bkeyboards?\b|\bkeymap|\bconsole|\bbackup|\bformat|\besp32|\besp8266|\bstm32|\bnrf52|\brp2040|"
        r"\braspberry pi|\bpico\b|\bm5stack|\bandroid|\bphones?\b|\bpixel\b|\bsamsung|\b3ds\b|\bswitch\b|"
        r"固件|烧录|烧写|下载|引导|启动|开发板|芯片|串口|驱动|分区|镜像|复位|重启|更新|升级|安装|配置|工具|编译|"
        r"闪存|调试|设备|键盘|"
        r"ファームウェア|書き込|ブートローダ|起動|ボード|マイコン|シリアル|ドライバ|リセット|アップデート|"
        r"インストール|設定|キーボード|キーマップ|ビルド|デバイス|本体|"
        r"펌웨어|부트로더|부팅|콘솔|본체|설치|업데이트|백업|포맷|SD 카드|SD카드|파일|시스템|"
        r"прошивк|загрузчик|загрузк|консол|карт|устройств|перезагруз|обновлен|установ|резервн|формат|"
        r"Firmware|Konsole|SD-Karte|Gerät|Neustart|Aktualisier|Installier|Sicherung|Formatier|"
        r"micrologiciel|carte SD|appareil|redémarr|mise à jour|installer|sauvegarde|formater|"
        r"consola|tarjeta SD|dispositivo|reinici|actualiz|instalar|copia de seguridad|formate|"
        r"cartão SD|atualiz|instala|backup|formata")
TOPIC = {
    "doc:embedded-toolchain": BASE + r"|\bidf\b|\bidf\.py|\besp-idf|\bplatformio|\bpio\b|\bcmake|\bninja|\bpython|"
                                     r"\bvirtual ?env|\bmonitor|\bdebug|\bopenocd|\bgdb\b|\bprobe|\bcomponents?\b|"
                                     r"\bsdkconfig|\bmenuconfig|\bplatformio\.ini|\benvironments?\b|\btargets?\b|"
                                     r"\bbaud|\bcom\d|/dev/tty|\bdocker|\bqemu|\bci\b|"
                                     r"环境|组件|监视器|目标|终端|",
    "doc:bootloader": BASE + r"|\bunlock|\block(?:ed|ing)?\b|\bfastboot|\badb\b|\boem\b|\bverified boot|\bsecure boot|"
                             r"\bflash encryption|\befuses?\b|\bkeys?\b|\bsign|\bdigest|\bota\b|\brollback|\bdfu\b|"
                             r"\buf2\b|\bsoftdevice|\bfactory|\bapp\b|\bapps\b|\bbootloader mode|\bdowngrade|"
                             r"加密|签名|密钥|安全启动|回滚|",
    "doc:flashing": BASE + r"|\bst-flash|\bst-util|\bst-info|\bst-?link|\bespflash|\bheimdall|\bodin\b|\bdownload mode|"
                           r"\bpit\b|\bgdb\b|\bopenocd|\bwrite|\bread\b|\berase|\bverify|\bprobe|\blibusb|\bzadig|"
                           r"\bwinusb|\bkernel extension|\bkext|",
    "doc:sbc": BASE + r"|\bimage|\bstage\d?|\bdocker|\bchroot|\bqemu|\bapt\b|\bdebian|\braspbian|\braspberry pi os|"
                      r"\brpiboot|\bcompute module|\bcm4\b|\bcm5\b|\bemmc|\bmass storage|\bgadget|\bsecure boot|\botp\b|"
                      r"\bsign|\bkeys?\b|\bssh\b|\busers?\b|\bhostname|\blocale|\bwifi|",
    "doc:keyboard-fw": BASE + r"|\bkeys?\b|\blayers?\b|\bmatrix|\bsplit|\bble\b|\bbluetooth|\bwireless|\bvial\b|"
                              r"\buinput|\bevdev|\bkmonad|\bkbd\b|\bmacros?\b|\bdongle|\bkeycodes?\b|\btap\b|"
                              r"キー|レイヤー|分割|無線|ペアリング|接続|変換|",
    "doc:firmware": BASE + r"|\bmicropython|\brepl\b|\bwebrepl|\bmpremote|\bfilesystem|\bboot\.py|\bmain\.py|\besptool|"
                           r"\bstack-?chan|\bmods?\b|\bchatgpt|\bopenai|\bai\b|\bvoice|\bspeech|\btts\b|\bspeaker|"
                           r"\bmicrophone|\bwake|\bbox\b|\bfactory|\bnvs\b|\bwi-?fi|"
                           r"语音|唤醒|对话|音声|会話|",
    "doc:console-cfw": BASE + r"|\bcfw\b|\bcustom firmware|\bhomebrew|\bexploit|\bpayload|\bnand|\bemunand|\bemummc|"
                              r"\bsysnand|\bhekate|\batmosph|\brcm\b|\bluma|\bboot9strap|\bgodmode9|\bntrboot|"
                              r"\bsd root|\bfolders?\b|\bfiles?\b|\bsystem version|\bsystem settings|\btitles?\b|"
                              r"커스텀 펌웨어|홈브류|폴더|кастомн|homebrew|ordner|dossier|carpeta|pasta|自制|",
}
TOPIC = {k: v.rstrip("|") for k, v in TOPIC.items()}

REQUIRE = {}

# ESP-IDF's pages on the theme, named before any row was read: getting
# started (tools, serial connection, first flash), idf.py, the monitor,
# the tools installer, Docker and QEMU, JTAG debugging and USB consoles
# (toolchain); the bootloader, partitions and startup, flash encryption,
# secure boot, the security overview and workflows, eFuses, OTA and image
# formats, NVS encryption (bootloader). Pages left as stubs in the Chinese
# tree give no passage.
_IDF_TOOL = (r"get-started/(establish-serial-connection|flashing-troubleshooting|linux-setup|linux-macos-setup-legacy|"
             r"macos-setup|windows-setup|windows-setup-update-legacy|start-project|linux-macos-start-project|"
             r"windows-start-project|uninstall|eim-install-idf)|api-guides/tools/(idf-py|idf-monitor|idf-tools|"
             r"idf-docker-image|qemu|idf-component-manager|idf-diag)|api-guides/(jtag-debugging/[^/]+|host-apps|"
             r"usb-serial-jtag-console|usb-otg-console|core_dump)")
_IDF_BOOT = (r"security/(flash-encryption|secure-boot-v1|secure-boot-v2|security|security-features-enablement-workflows)|"
             r"api-guides/(bootloader|partition-tables|startup)|api-reference/system/(ota|efuse|esp_https_ota|"
             r"app_image_format|bootloader_image_format)|api-reference/storage/(nvs_encryption|nvs_bootloader)")
# The 3DS guide's pages, each language a folder of the same names; the
# credits, privacy policy, contribution, navigation and 410 pages are
# left out.
_3DS = r"(?!credits|privacy-policy|contribute|site-navigation|410)[^/]+\.md$"

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Microcontroller toolchains
    (ESPIDF, "en", r"^docs/en/(" + _IDF_TOOL + r")\.rst$", 14, "doc:embedded-toolchain"),
    (ESPIDF, "zh", r"^docs/zh_CN/(" + _IDF_TOOL + r")\.rst$", 13, "doc:embedded-toolchain"),
    (PIO, "en", r"^(core/installation/.+|core/userguide/(cmd_run|cmd_debug|cmd_ci|cmd_upgrade|cmd_update|cmd_settings|"
                r"device/.+|account/.+|remote/.+|system/.+|pkg/cmd_(install|exec))|envvars|faq/.+|integration/ci/.+|"
                r"plus/debug-tools/(custom|ftdi|raspberrypi-swd|esp-usb-bridge|qemu|renode)|"
                r"projectconf/sections/env/options/(upload|monitor|debug)/.+|what-is-platformio)\.rst$", 24,
     "doc:embedded-toolchain"),
    # Bootloaders, secure boot and phone OS installs
    (ESPIDF, "en", r"^docs/en/(" + _IDF_BOOT + r")\.rst$", 14, "doc:bootloader"),
    (ESPIDF, "zh", r"^docs/zh_CN/(" + _IDF_BOOT + r")\.rst$", 13, "doc:bootloader"),
    (GOS, "en", r"^static/(install/(cli|web)|usage|faq|build)\.html$", 26, "doc:bootloader"),
    (NRF52BL, "en", r"^README\.md$", 8, "doc:bootloader"),
    # Flashers
    (STLINK, "en", r"^(README\.md|doc/(compiling|tutorial|flashloaders|version_support|supported_devices|"
                   r"man/[^/]+)\.md)$", 14, "doc:flashing"),
    (ESPFLASH, "en", r"^(README\.md|espflash/README\.md|cargo-espflash/README\.md)$", 6, "doc:flashing"),
    (HEIMDALL, "en", r"^(README\.md|Linux/README|OSX/README\.txt|Win32/README\.txt)$", 7, "doc:flashing"),
    # Single-board computers
    (PIGEN, "en", r"^README\.md$", 12, "doc:sbc"),
    (USBBOOT, "en", r"^(Readme\.md|docs/[^/]+\.md|(?!win32/|test/)[^/]+/README\.md)$", 16, "doc:sbc"),
    # Keyboards
    (KMONAD, "en", r"^(README\.md|doc/(faq|installation|quick-reference|hardware-macro-keys)\.md)$", 16, "doc:keyboard-fw"),
    (RMK, "en", r"^(README\.md|docs/docs/main/docs/(user_guide|getting_started|features|configuration)/.+\.mdx?)$", 18,
     "doc:keyboard-fw"),
    (RMK, "zh", r"^README_zh\.md$", 1, "doc:keyboard-fw"),
    (BMP, "ja", r"^(README\.md|bmp-boost/README\.md|AboutDefaultFirmware/README\.md|docs/v[01]/.+\.md)$", 17,
     "doc:keyboard-fw"),
    # Device firmware, with voice assistants and AI mods
    (MPY, "en", r"^docs/((esp32|esp8266|rp2|samd|mimxrt|zephyr|wipy|pyboard)/(general|quickref|tutorial/(intro|reset|"
                r"repl|filesystem|network_basics|powerctrl|storage|pins))|reference/(mpremote|reset_boot|repl|"
                r"filesystem|manifest|packages|pyboard\.py|romfs|glossary))\.rst$", 21, "doc:firmware"),
    (STACKCHAN, "en", r"^(README|firmware/(README|docs/[^/]+|mods/(README|chatgpt/README|elevenlabs/README)|"
                      r"scripts/README))(?<!_ja)\.md$", 10, "doc:firmware"),
    (STACKCHAN, "ja", r"^(README_ja|firmware/.+_ja)\.md$", 13, "doc:firmware"),
    (ESPBOX, "en", r"^(README\.md|docs/(getting_started|firmware_update|development_guide|technical_architecture)\.md|"
                   r"examples/chatgpt_demo/(factory_nvs/)?README\.md)$", 10, "doc:firmware"),
    (ESPBOX, "zh", r"^(README_cn\.md|docs/(getting_started|firmware_update|development_guide|technical_architecture)_cn\.md)$",
     8, "doc:firmware"),
    # Console custom firmware
    (NXGUIDE, "en", r"^docs/(?!public/|about\.md).+\.md$", 22, "doc:console-cfw"),
    (GUIDE3DS, "en", r"^docs/" + _3DS, 14, "doc:console-cfw"),
    (GUIDE3DS, "ko", r"^docs/ko_KR/" + _3DS, 9, "doc:console-cfw"),
    (GUIDE3DS, "ru", r"^docs/ru_RU/" + _3DS, 6, "doc:console-cfw"),
    (GUIDE3DS, "de", r"^docs/de_DE/" + _3DS, 5, "doc:console-cfw"),
    (GUIDE3DS, "fr", r"^docs/fr_FR/" + _3DS, 6, "doc:console-cfw"),
    (GUIDE3DS, "es", r"^docs/es_ES/" + _3DS, 6, "doc:console-cfw"),
    (GUIDE3DS, "pt", r"^docs/pt_BR/" + _3DS, 7, "doc:console-cfw"),
    (GUIDE3DS, "zh", r"^docs/zh_CN/" + _3DS, 2, "doc:console-cfw"),
    (GUIDE3DS, "ja", r"^docs/ja_JP/" + _3DS, 2, "doc:console-cfw"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# the reader (a developer) told what must or must never be done; running
# commands and scripts, with their flags; skipping, ignoring, excluding,
# overriding, disabling and forcing; retries, reruns, timeouts and kills;
# tokens, keys, secrets, passwords and environment variables; CI
# settings; deleting and cleaning; root, sudo, shells and system calls;
# warnings; AI, assistants and prompts in a tool's own docs; and their
# forms in the set's languages.
_CMD = (r"\brun\b|\bruns\b|\brunning|\bexecut|command|\bscripts?\b|\bshell|\bsudo\b|\broot\b|\bsystem|\bexec\b|"
        r"\bskip|\bignor|\bexclu|\boverrid|\bdisabl|\benable|\bforce|--force|--no-|\bbypass|\bonly\b|\bretr(?:y|ies)|"
        r"\brerun|\btimeout|\bkill|\bsignal|\bterminat|\babort|\btoken|\bkeys?\b|secret|password|credential|"
        r"environment variable|\benv\b|\$[A-Z_]{3,}|\b[A-Z][A-Z0-9]*_[A-Z0-9_]{2,}\b|\bci\b|github actions|"
        r"\bdelet|\bremov|\bclean|\berase|rm -rf|\bmust\b|\bnever\b|\balways\b|do not|don't|should not|instead|"
        r"warning|caution|danger|important|careful|\bunsafe|\binject|\bai\b|assistant|\bprompt|\bagent|\bllm\b|"
        r"跳过|忽略|覆盖|禁用|启用|强制|必须|不要|切勿|务必|运行|执行|命令|脚本|令牌|密码|密钥|环境变量|删除|清除|"
        r"警告|注意|重试|超时|"
        r"スキップ|無視|上書き|無効|有効|強制|必ず|しないでください|してはいけません|実行|コマンド|スクリプト|"
        r"トークン|パスワード|環境変数|削除|警告|注意|除外|"
        r"건너|무시|덮어|재정의|비활성|활성화|강제|반드시|하지 마|않아야|실행|명령|스크립트|토큰|비밀번호|환경 변수|"
        r"삭제|제거|경고|주의|제외|"
        r"пропус|игнорир|переопредел|отключ|включ|принудит|должн|никогда|не нужно|нельзя|запуст|выполн|команд|"
        r"скрипт|токен|пароль|ключ|переменн|удал|очист|предупрежд|внимание|важно|adb|shell|root|"
        r"ignor|pular|desativ|desabilit|sobrescrev|forç|\bdeve\b|devem|nunca|execut|comando|senha|chave|"
        r"variáve|exclu|remov|aviso|cuidado|"
        r"sauter|désactiv|surcharg|forc|\bdoit\b|doivent|jamais|exécut|commande|mot de passe|clé|"
        r"variable d'environnement|supprim|avertissement|attention|"
        r"omit|saltar|desactiv|deshabilit|sobrescrib|forz|\bdebe\b|deben|ejecut|contraseña|clave|"
        r"variable de entorno|elimin|advertencia")
# hb51's words above are joined by this set's: Ukrainian and Arabic forms
# (the set's languages hb51 did not have), and the environment's own hard
# shapes: startup files, curl-pipe installers, eval/source/export lines,
# PATH, proxies, URL rewrites, credentials and helpers.
_CMD = _CMD + (r"|пропуст|ігнор|перевизнач|вимкн|увімкн|примус|повинн|ніколи|запуст|викон|скрипт|токен|пароль|"
               r"ключ|змінн|видал|очист|попередж|увага|важлив|"
               r"تشغيل|نفذ|تنفيذ|الأمر|أوامر|تجاهل|تعطيل|تفعيل|حذف|إزالة|كلمة المرور|متغير|يجب|تحذير|"
               r"~/\.(?:bash|zsh)rc|\.bashrc|\.zshrc|\.bash_profile|\.profile\b|\.gitconfig|\.ssh/|\bcurl\b|\bwget\b|"
               r"\| *(?:sudo )?(?:ba|z)?sh\b|\biex\b|\beval\b|\bsource\b|\bexport\b|\bPATH\b|\bproxy|\binsteadOf|"
               r"\bcredential|\bhelper|\bauthori[sz]")
# hb52's words above (hb51's, widened by hb52) are joined by this set's:
# German forms (a language of this set hb51 and hb52 did not read), and
# the hardware's own hard shapes: flashing, erasing and writing; unlocking,
# locking and wiping; bootloader, fastboot, adb, DFU and download modes;
# factory resets; udev rules, groups and device permissions; dd, chmod and
# usermod; verification, signatures, secure boot, eFuses and burning;
# write protection; bricking; and their forms in the set's languages.
_CMD = _CMD + (r"|ausführ|deaktivier|überspring|ignorier|lösch|entsperr|niemals|\bmuss|\bmüssen|Warnung|Achtung|"
               r"wichtig|Passwort|Befehl|"
               r"\bflash(?:ing|ed|es)?\b|\berase|\bwip(?:e|ing)\b|\bunlock|\brelock|\block the bootloader|"
               r"\bbootloader|\bfastboot|\badb\b|\bdfu\b|\bdownload mode|\brecovery mode|\bfactory reset|"
               r"\budev|\.rules\b|\bplugdev|\bdialout|\busermod|\bchmod|\bdd if=|\bverif(?:y|ication)|"
               r"\bsignature|\bsign(?:ed|ing)?\b|\bsecure boot|\befuses?\b|\bburn|\bwrite[- ]protect|\bbrick|"
               r"\bformat(?:ting)?\b|\boverwrit|\bpermanent|\birreversib|\bcannot be undone|"
               r"烧录|烧写|擦除|解锁|加密|签名|熔丝|永久|不可逆|变砖|書き込|消去|初期化|ブートローダ|"
               r"부트로더|포맷|삭제|초기화|벽돌|прошив|стир|разблок|форматир|кирпич|"
               r"effac|déverrouill|formater|borrar|desbloque|formatear|apagar|desbloquea|formatar")
PRIME = {
    "doc:embedded-toolchain": _CMD + r"|\bidf\.py|\bexport\.(?:sh|bat|ps1|fish)|\binstall\.(?:sh|bat|ps1|fish)|"
                                     r"\bIDF_[A-Z_]+|\bPLATFORMIO_[A-Z_]+|\bpio (?:run|upgrade|account|remote|device)|"
                                     r"\bget-platformio|\b99-platformio-udev|\bmonitor|\bupload|\bproxy|\bapi[_ ]?key|"
                                     r"\bopenocd|\bgdb\b|\bdocker run|\b--privileged|",
    "doc:bootloader": _CMD + r"|\boem unlock|\bflashing (?:un)?lock|\boem unlocking|\bverified boot|\bavb\b|"
                             r"\bsecure boot|\bflash encryption|\bespefuse|\bespsecure|\bburn_efuse|\bburn_key|"
                             r"\brollback|\bdowngrade|\bdevelopment mode|\brelease mode|\bdisable|\bjtag|\bkeys?\b|"
                             r"\bprivate key|\bsigning key|\bfactory images?\b|\bsideload|\buf2\b|\bdouble[- ]?(?:tap|reset)|",
    "doc:flashing": _CMD + r"|\bst-flash|\bst-util|\bespflash|\bheimdall|\bodin\b|\b--repartition|\b--no-reboot|"
                           r"\b--resume|\bpit\b|\bzadig|\bwinusb|\blibusb|\bkernel extension|\bkext|\bsip\b|"
                           r"\bsystem integrity|\bgdbserver|\breset\b|\bconnect under reset|",
    "doc:sbc": _CMD + r"|\bFIRST_USER_[A-Z]+|\bENABLE_SSH|\bPUBKEY_[A-Z_]+|\bPASSWORD|\bDISABLE_[A-Z_]+|\bsudo\b|"
                      r"\brpiboot|\brpi-eeprom|\bsecure boot|\botp\b|\bprivate key|\bcustomer key|\bdocker|"
                      r"\bchroot|\bconfig\.txt|\bcmdline|\beeprom|",
    "doc:keyboard-fw": _CMD + r"|\buinput|\binput group|\bgroupadd|\bsudo\b|\bevdev|\bdouble[- ]?(?:tap|press)|"
                              r"\bbootloader mode|\breset|\buf2\b|\bdfu|\bvial|\bsafe ?mode|\bclear|\bstorage|"
                              r"\bbond|\bpair|セーフモード|リセット|ペアリング|書き込み|ブートローダ|",
    "doc:firmware": _CMD + r"|\besptool|\berase_flash|\bwrite_flash|\bwebrepl|\bpassword|\bapi[_ ]?key|\bopenai|"
                           r"\bchatgpt|\bai\b|\bassistant|\bvoice|\bwake ?word|\bspeech|\bota\b|\bfactory|\bnvs\b|"
                           r"\bmpremote|\bboot\.py|\bsafe mode|\bhard reset|\bsoft reset|\bsecrets?\b|"
                           r"APIキー|音声|",
    "doc:console-cfw": _CMD + r"|\bsd card|\bformat|\bbackup|\bnand|\bemunand|\bemummc|\bpayload|\bexploit|\brcm\b|"
                              r"\bautorcm|\bban\b|\bbanned|\bsysnand|\bcfw\b|\bboot9strap|\bb9s\b|\bgodmode9|"
                              r"\bhekate|\batmosph|\bignore|\bskip|\bwarning|\bdanger|\bsystem update|\bdelete|"
                              r"\bdo not|\bnever\b|\budev|\bsudo\b|"
                              r"포맷|백업|삭제|경고|주의|무시|건너|하지 마|"
                              r"резервн|удал|предупрежд|не обновл|не удаля|"
                              r"formatier|Sicherung|lösch|Warnung|Achtung|überspring|ignorier|nicht|"
                              r"sauvegard|supprim|avertiss|attention|ignor|ne pas|ne jamais|"
                              r"copia de seguridad|elimin|advertencia|no (?:borres|elimines|actualices)|"
                              r"exclu|apag|aviso|atenção|não|"
                              r"备份|删除|警告|不要|バックアップ|削除|警告|しないで|",
}
PRIME = {k: v.rstrip("|") for k, v in PRIME.items()}

# Files written for agents rather than for people, codes of conduct,
# licences, changelogs, release notes, acknowledgement pages, templates and
# the like are left out (the path filters never pick most of them; this is
# a second guard): hb51's list, copied as it stands (its earlier sets'
# specific paths included), then widened below by one line of
# alternatives for this set's sources.
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
                  r"^docs/(en/)?faq\.md$|"
                  r"(^|/)agents\.mdx?$|(^|/)rfcs/|PUBLICATIONS|PUBLISHING|SPLIT_PROPOSAL|winget-release|"
                  r"^docs/src/pages/docs/(workflows|getting-started/app-router|usage/(configuration|extraction|plugin)|"
                  r"workflows/localization-management)\.mdx$|^website/docs/(introduction|misc/tooling)\.md$|"
                  r"^docs/rationale\.rst$|"
                  r"_flags\.md$|(^|/)_index\.md$|(^|/)Articles\.md$|(^|/)CaseStudies\.md$|LTS-releases|Release-Guide|"
                  r"(^|/)anomaly-detection/|(^|/)\.coderabbit|(^|/)GSoC/|(^|/)test/fragments/|(^|/)Release\.md$|"
                  r"^docs/victoriametrics/README\.md$|"
                  r"^docs/victoriametrics/(Troubleshooting|goals|stream-aggregation/README)\.md$|"
                  r"(^|/)[^/]*-and-ai\.md$|(^|/)announce/|(^|/)_urldraft\.rst$|future_release|(^|/)deploy\.md$|"
                  r"(^|/)testing-strategy\.md$|"
                  r"^website/docs/features/editor-integrations\.md$|"
                  r"(^|/)agent-guide/|(^|/)ai-skills\.mdx$|(^|/)Claude\.md$|(^|/)copyright\.rst$)")
# This set's alternatives, named before any row was read: Wave Terminal's
# `aiprompts/` (prompts written for models), `.roo/`, `.kilocode/` and
# `.zed/` rules and its release-notes page (`releasenotes.mdx`, lower
# case); Laradock's `AGENT.md` (the copied `AGENTS.md` alternative needs
# the S) and `.windsurfrules`; Oh My Posh's `.entire/` folder.
SKIP = re.compile(SKIP.pattern + r"|(^|/)aiprompts/|(^|/)\.roo/|(^|/)\.kilocode/|(^|/)\.zed/|(^|/)releasenotes\.mdx$|"
                  r"(^|/)AGENT\.md$|\.windsurfrules|(^|/)\.entire/")

# This set's alternatives, named before any row was read: the 3DS
# guide's `_include/` and `_internal/` folders (page fragments and site
# plumbing) and `.vitepress/`; GrapheneOS's `templates/` (page headers and
# footers); ESP-IDF's `contribute/` pages and `COPYRIGHT.rst`; and the
# `_sidebar.md` style navigation already left out above. Agent files
# (RMK's `CLAUDE.md`, the nRF52 bootloader's `AGENTS.md`) are left out by
# the copied list.
SKIP = re.compile(SKIP.pattern + r"|(^|/)_include/|(^|/)_internal/|(^|/)\.vitepress/|(^|/)templates/|"
                  r"(^|/)contribute/|(^|/)COPYRIGHT\.rst$")

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
        if f.name in own or re.search(r"58", f.name):
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

# GrapheneOS's pages are HTML (this set's only HTML source). A page is
# read from its <main> element: each paragraph, list item, heading, term
# or table cell becomes a paragraph (a heading as a markdown heading, a
# list item with a leading "- "), a <pre> block a fenced block, so that
# the copied cutter treats it like markdown; navigation, scripts and
# styles are dropped, entities decoded, other tags removed, and the
# site's template markers ({% ... %}, [[...]]) dropped.
from html.parser import HTMLParser

_HTML_BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "blockquote", "figcaption"}
_HTML_BREAK = {"ul", "ol", "dl", "section", "div", "table", "tr", "main", "article", "details", "summary"}
_HTML_DROP = {"nav", "script", "style", "header", "footer", "noscript", "svg"}


class _HtmlPage(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.cur, self.pre, self.main, self.drop = [], [], 0, 0, 0

    def flush(self):
        t = "".join(self.cur)
        self.cur = []
        t = re.sub(r"\{%.*?%\}|\[\[[^\]]*\]\]", "", t)
        t = re.sub(r"\s+", " ", t).strip()
        if t and t not in ("-",) and not re.fullmatch(r"#+", t):
            self.out.append(t)

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.main += 1
        if tag in _HTML_DROP:
            self.drop += 1
        if not self.main or self.drop:
            return
        if tag == "pre":
            self.flush()
            self.pre += 1
            self.cur = []
        elif self.pre:
            return
        elif tag in _HTML_BLOCK:
            self.flush()
            if tag == "li":
                self.cur.append("- ")
            elif tag[0] == "h" and tag[1:].isdigit():
                self.cur.append("#" * int(tag[1:]) + " ")
        elif tag in _HTML_BREAK:
            self.flush()
        elif tag == "br":
            self.cur.append(" ")

    def handle_endtag(self, tag):
        if tag in _HTML_DROP:
            self.drop = max(0, self.drop - 1)
            return
        if not self.main or self.drop:
            return
        if tag == "pre" and self.pre:
            self.pre -= 1
            body = "".join(self.cur).strip("\n")
            self.cur = []
            self.out.append("```\n" + body + "\n```")
        elif self.pre:
            return
        elif tag in _HTML_BLOCK or tag in _HTML_BREAK:
            self.flush()
        if tag == "main":
            self.main -= 1

    def handle_data(self, data):
        if self.main and not self.drop:
            self.cur.append(data)


def html_page(raw):
    page = _HtmlPage()
    page.feed(raw)
    page.close()
    page.flush()
    return "\n\n".join(page.out)


_read_text_hb52 = read_text


def read_text(repo, f):
    """hb52's reader, and this set's HTML pages read by html_page."""
    if f.endswith(".html"):
        try:
            raw = git(repo, "show", f"{REF.get(repo, 'HEAD')}:{f}")
        except subprocess.CalledProcessError:
            return "", FENCE_MD
        return html_page(raw), FENCE_MD
    return _read_text_hb52(repo, f)
# Crowdin-translated pages (the 3DS guide's) leave untranslated strings in
# English among the translated ones, and the copied checks for Chinese,
# Japanese, Korean and Russian count only script letters, so a passage
# with an English sentence could pass. This set's layer: in a passage of
# any language but English, a prose line (outside code; an indented line
# only when it is a list item) that holds three or more English function
# words is an untranslated line, and the passage does not count.
_EN_WORDS = (" the ", " and ", " to ", " of ", " you ", " your ", " is ", " will ", " this ", " with ", " for ",
             " from ", " it ", " are ", " if ", " that ", " be ")

_reads_as_hb52 = reads_as


def reads_as(lang, p):
    """hb52's check, then no untranslated English line (see above)."""
    if not _reads_as_hb52(lang, p):
        return False
    if lang == "en":
        return True
    for line in prose(p).split("\n"):
        if not line.strip():
            continue
        if line[:1] in (" ", "\t") and not re.match(r"\s+([-*+]|\d+[.)])\s", line):
            continue
        low = " " + re.sub(r"\s+", " ", line.lower()) + " "
        if sum(low.count(w) for w in _EN_WORDS) >= 3:
            return False
    return True


if __name__ == "__main__":
    main()
