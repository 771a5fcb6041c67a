import { learnFigure } from "./figure";

export const learn = {
  ...learnFigure,

  // The learn page
  title: "Learn",
  indexTitle: "Learn the handshake, the teardown and every state",
  indexLead:
    "Each scenario played by the model and animated step by step: the segments on the wire with their seq/ack numbers, both sides' states, and the arc each step takes in RFC 9293's state diagram.",
  scenarios: "Scenarios",
  driveYourself: "<link>Drive it yourself</link>: choose what each side does next and see what RFC 9293 says happens.",
  elevenStates: "The eleven states",
  elevenStatesLead: "RFC 9293 §3.3.2 names them. Each lists the names tools print and every way out of it.",
  printedAs: "Printed as <code>{ss}</code> (ss), <code>{netstat}</code> (netstat), <code>{linux}</code> (Linux)",
  waysOut: "Ways out of {state} ({n})",
  wayOut:
    "<code>{event}</code>{opened, select, passive { (reached by passive open)} active { (reached by active open)} other {}} → {to}{send, select, none {} other {, sends {send}}}",
  seeStep: "see the step",
  // An event's name in words, beside RFC 9293's own name for it (shown in Chinese, where the name is not the words).
  eventGloss: " ({gloss})",
  shownAbove: "in the player above",

  // A scenario's page
  noSuchScenario: "No such scenario",
  scenarioEyebrow: "Learn · {level}",
  isnNote:
    "Client ISN {client}, server ISN {server}. Every number is computed by the model from RFC 9293, not drawn by hand.",
  stepOutOfRange: "This scenario has steps 1 to {last}; showing the start.",
  driveConnection: "Drive a connection yourself",

  // The player
  playerControls: "Player controls",
  restart: "Restart",
  restartTitle: "Restart (Home)",
  stepBack: "Step back",
  stepBackTitle: "Step back (←)",
  back: "Back",
  playPauseTitle: "Play or pause (Space)",
  play: "Play",
  pause: "Pause",
  replay: "Replay",
  stepForward: "Step forward",
  stepForwardTitle: "Step forward (→)",
  next: "Next",
  speed: "Speed",
  scrubAtStart: "Step start",
  scrubAt: "Step {step}",
  scrubLabel: "Scrub to a step",
  ofLast: "of {last}",
  beforeFirst: "Before the first step",
  stepOf: "Step {step} of {last}",
  allSteps: "All steps",
  stepItem: "{step}. {actor, select, client {client} other {server}}: <code>{label}</code>",
  stepItemSent:
    "{step}. {actor, select, client {client} other {server}}: <code>{label}</code> → <code>{sent}</code>{lost, select, yes { (lost)} other {}}",
  keysHelp:
    "Keys: <kbd>Space</kbd> plays or pauses, <kbd>←</kbd> and <kbd>→</kbd> step; with focus in the player, <kbd>Home</kbd> restarts and <kbd>End</kbd> jumps to the last step.",

  // The narration, the badges and the state diagram
  statesLine: "Client <strong>{client}</strong> · server <strong>{server}</strong>",
  arcSentence:
    "The {actor, select, client {client} other {server}} {same, select, yes {stayed in {from}} other {went from {from} to {to}}} on <code>{event}</code>, {send, select, none {sending nothing} other {sending {send}}}{note, select, held { (held back, to ride on its next segment)} data { (but the data that came with it is acknowledged)} other {}}: {kind, select, figure {an arc of Figure 5} same-state {no state change, so Figure 5 draws no arc} failure {a host failure, not a rule of TCP, so Figure 5 draws no arc} other {a rule Figure 5 does not draw}}{alternative, select, rfc793 {, in a stack without RFC 5961's protection (RFC 793's rule, which RFC 9293 still allows)} may2 {, in a stack that takes RFC 9293's option MAY-2} note3 {, in a stack that follows Figure 5's note 3} strict {, reading §3.10.7.4's sequence number test to the letter} other {}} (RFC 9293 {source}).",
  roleTitle: "{role, select, client {Client} other {Server}}",
  badgeLabel: "{role, select, client {client} other {server}}: {state}",
  timerSeconds: "{seconds} s",
  timerLinuxSeconds: "Linux: {seconds} s",
  timer2mslRfc:
    "RFC 9293 takes MSL as 2 minutes, so 2MSL is 4 minutes; Linux waits a fixed {seconds} s (<code>TCP_TIMEWAIT_LEN</code>).",
  timerBackedOff:
    "Started again, backed off{was, select, none {} other { from {was} s}} to {seconds} s (RFC 6298 §5.5).",
  timerRestarted2msl:
    "Started again: the FIN came again, so TIME-WAIT waits a full 2MSL once more (RFC 9293 §3.10.7.4).",
  timerNote: "{expires, select, none {} other {Expires at step {expires}. }}On expiry it {what}.",
  tcbLabel: "The {role, select, client {client} other {server}}'s TCB variables",
  tcbHeading: "TCB (Δ = changed now)",
  tcbNone: "none in {state}",
  tcbChanged: "(changed at this step)",
  linuxNote: "<strong>Linux:</strong> {why}",
  checksSummary:
    "How the {actor, select, client {client} other {server}} checked the segment (RFC 9293 §3.10.7): {n, plural, one {# check} other {# checks}}{decider, select, none {} other {, settled by the {decider}}}",
  checksOrderFull:
    "In {state}, §3.10.7.4 checks an arriving segment in this order: {order}. A check that settles the segment ends there, so a segment outside the window is dropped before its RST or SYN bit counts.",
  checksOrderOwn:
    "{state} has checks of its own (RFC 9293 {section}); the full order of §3.10.7.4 (sequence number first, FIN last) applies from SYN-RECEIVED on.",
  checksOrderJoin: ", ",
  checksColon: ": ",
  checksDecides: "settled here",
  diagramAria: "State diagram: the client is in {client}, the server in {server}. {arc}",
  diagramLegend:
    "Faint arcs: RFC 9293 Figure 5. Dashed: what the figure does not draw (a rule of §3.10, a step that stays put, a host failure, a reading the RFC also allows).",

  // The sandbox
  sandboxTitle: "Drive it yourself",
  sandboxEyebrow: "Learn · sandbox",
  sandboxLead:
    "Choose what each side does next: call <code>listen()</code>, <code>connect()</code> or <code>close()</code>, deliver or lose the segment in flight, let a timer or the user timeout expire, send a RST, reboot a host. The model answers as RFC 9293 says, and explains the moves it does not allow.",
  badStart: '"{start}" is not a way to start; starting with both sides CLOSED.',
  replayNotAMove:
    'The link\'s move {move} ("{token}") is not a move, so the session stops after {kept, plural, one {# move} other {# moves}}.',
  replayRefused:
    "The link's move {move} is not allowed ({reason}), so the session stops after {kept, plural, one {# move} other {# moves}}.",
  replayTooLong: "The link has more than {max} moves; the session stops after {max}.",
  allScenariosAndStates: "All scenarios and states",
  startFrom: "Start from",
  bothClosed: "Both CLOSED",
  bothEstablished: "Both ESTABLISHED",
  undo: "Undo last move",
  startOver: "Start over",
  notAllowed: "Not allowed ({actor, select, client {client} other {server}}: {move}), nothing changed.",
  notAllowedLimit: "Not allowed, nothing changed.",
  moveLimit: "A session holds at most {max} moves: undo some or start over.",
  nextMove: "What the {role, select, client {client} other {server}} does next",
  notNowHint: "Dashed buttons are moves RFC 9293 does not allow right now; press one to see why.",
  nothingYet: "Nothing has happened yet",
  afterStep: "After step {n}",
  yourConnection: "Your connection",
  nothingInFlight: "Nothing in flight to the {role, select, client {client} other {server}}.",
  inFlight: "In flight to the {role, select, client {client} other {server}}: {segments}.",
  inFlightThen: ", then ",

  // Fix the copied answer
  copiedTitle: "Fix the copied answer",
  copiedEyebrow: "Learn · find the mistakes",
  copiedLead:
    "Answers like this one are copied from student to student, and the mistakes are copied with them. Find each line whose state names are wrong and type the names it should have, as netstat, ss or RFC 9293 spells them.",
  copiedInCirculation:
    "This is the answer in circulation: the mistakes it carries are the ones found in a widely copied Chinese Q&A answer.",
  copiedVariant: "Copied answer no. {variant}: its mistakes were drawn from the kinds such copies carry.",
  copiedBadVariant:
    "There is no copied answer “{asked}”: answers are numbered from 0 to {max}. Showing the one in circulation.",
  copiedCount: "{n, plural, one {# line is wrong.} other {# lines are wrong.}} Every other line is right.",
  copiedNames: "State names",
  copiedFix: "Fix",
  copiedFixLine: "Fix line {n}",
  copiedEditLabel: "The state names line {n} should have",
  copiedEditHint: "Enter saves, Escape cancels. Separate names with spaces.",
  copiedSave: "Save",
  copiedCancel: "Cancel",
  copiedUndo: "Undo",
  copiedUndoLine: "Undo the fix of line {n}",
  copiedWas: "was {written}",
  copiedChanged: "{n, plural, =0 {No line changed yet.} one {# line changed.} other {# lines changed.}}",
  copiedCheck: "Check my fixes",
  copiedResultTitle: "You fixed {fixed} of {mistakes}",
  copiedAllFixed: "Every mistake found and fixed.",
  copiedBroken: "{n, plural, one {You changed # line that was right.} other {You changed # lines that were right.}}",
  copiedVerdictFixed: "Fixed",
  copiedVerdictNotFixed: "Not fixed yet",
  copiedVerdictMissed: "Missed",
  copiedVerdictBroken: "This line was right",
  copiedShouldRead: "Should read: {names}",
  copiedItRead: "It read {names}, which is right.",
  copiedSeeStep: "See this step animated",
  copiedTryAgain: "Try again",
  copiedAnother: "Another copied answer",
  copiedTheOne: "The answer in circulation",
  copiedAsItShouldRead: "The answer as it should read",
  copiedWhyNetstat:
    "The names are netstat's (Linux net-tools), the ones copied answers use. netstat prints CLOSE for RFC 9293's CLOSED and FIN_WAIT1 for FIN-WAIT-1.",
  copiedLink:
    "<link>Fix a copied answer</link>: a whole answer as students copy it, with the mistakes such copies carry.",
};
