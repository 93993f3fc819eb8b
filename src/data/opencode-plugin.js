// remit: record this OpenCode session in remit's audit log.
// Written by `remit init --agent opencode`. Each hook's input and output are
// handed to `remit record --agent opencode` as one JSON payload on stdin;
// before a tool runs, remit may refuse it (`--enforce`), which blocks the tool.
export const Remit = async ({ $, directory }) => {
  const record = async (hook, input, output, enforce) => {
    const payload = JSON.stringify({ hook, directory, input, output });
    const args = enforce ? ["--agent", "opencode", "--enforce"] : ["--agent", "opencode"];
    const result = await $`remit record ${args} < ${new Response(payload)}`.nothrow().quiet();
    if (enforce && result.exitCode !== 0) {
      throw new Error(result.stderr.toString() || "remit refused this tool call");
    }
  };
  return {
    "tool.execute.before": (input, output) => record("tool.execute.before", input, output, true),
    "tool.execute.after": (input, output) => record("tool.execute.after", input, output, false),
    event: async ({ event }) => {
      if (["session.created", "session.idle"].includes(event.type)) {
        await record("event", event, null, false);
      }
    },
  };
};
