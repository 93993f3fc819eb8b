//! Indicator names: what a finding says the text tried to do.

pub(crate) const INSTRUCTION_OVERRIDE: &str = "instruction-override";
pub(crate) const ROLE_HIJACK: &str = "role-hijack";
pub(crate) const FAKE_SYSTEM_MESSAGE: &str = "fake-system-message";
pub(crate) const FAKE_CONVERSATION: &str = "fake-conversation";
pub(crate) const CHAT_TEMPLATE: &str = "chat-template";
pub(crate) const AGENT_DIRECTIVE: &str = "agent-directive";
pub(crate) const CONCEALMENT: &str = "concealment";
pub(crate) const OUTPUT_HIJACK: &str = "output-hijack";
pub(crate) const MARKDOWN_EXFILTRATION: &str = "markdown-exfiltration";
pub(crate) const COMMAND_INSTRUCTION: &str = "command-instruction";
pub(crate) const CONFIG_CHANGE_INSTRUCTION: &str = "config-change-instruction";
pub(crate) const EXFILTRATION_INSTRUCTION: &str = "exfiltration-instruction";
pub(crate) const HIDDEN_UNICODE: &str = "hidden-unicode";
pub(crate) const HIDDEN_HTML_COMMENT: &str = "hidden-html-comment";
pub(crate) const ENCODED_PAYLOAD: &str = "encoded-payload";
/// The learned model's verdict ([`super::model`]), beside the named ones.
pub(crate) const LEARNED_INJECTION: &str = "learned-injection";

/// Every indicator name, in report order.
pub(crate) const ALL: [&str; 16] = [
    INSTRUCTION_OVERRIDE,
    ROLE_HIJACK,
    FAKE_SYSTEM_MESSAGE,
    FAKE_CONVERSATION,
    CHAT_TEMPLATE,
    AGENT_DIRECTIVE,
    CONCEALMENT,
    OUTPUT_HIJACK,
    MARKDOWN_EXFILTRATION,
    COMMAND_INSTRUCTION,
    CONFIG_CHANGE_INSTRUCTION,
    EXFILTRATION_INSTRUCTION,
    HIDDEN_UNICODE,
    HIDDEN_HTML_COMMENT,
    ENCODED_PAYLOAD,
    LEARNED_INJECTION,
];
