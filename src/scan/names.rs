//! Indicator names: what a finding says the text tried to do.

pub const INSTRUCTION_OVERRIDE: &str = "instruction-override";
pub const ROLE_HIJACK: &str = "role-hijack";
pub const FAKE_SYSTEM_MESSAGE: &str = "fake-system-message";
pub const FAKE_CONVERSATION: &str = "fake-conversation";
pub const CHAT_TEMPLATE: &str = "chat-template";
pub const AGENT_DIRECTIVE: &str = "agent-directive";
pub const CONCEALMENT: &str = "concealment";
pub const OUTPUT_HIJACK: &str = "output-hijack";
pub const MARKDOWN_EXFILTRATION: &str = "markdown-exfiltration";
pub const COMMAND_INSTRUCTION: &str = "command-instruction";
pub const CONFIG_CHANGE_INSTRUCTION: &str = "config-change-instruction";
pub const EXFILTRATION_INSTRUCTION: &str = "exfiltration-instruction";
pub const HIDDEN_UNICODE: &str = "hidden-unicode";
pub const HIDDEN_HTML_COMMENT: &str = "hidden-html-comment";
pub const ENCODED_PAYLOAD: &str = "encoded-payload";

/// Every indicator name, in report order.
pub const ALL: [&str; 15] = [
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
];
