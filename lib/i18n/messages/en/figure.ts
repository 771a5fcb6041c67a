/**
 * The figures' words: the sequence diagram and the single arc that quiz, flashcard and cheat-sheet pages draw as
 * well as the player. A module of their own, spread into `learn`: the figure component (components/scenario/
 * figure-text.ts) imports them in the browser, and importing them from learn.ts would ship the whole `learn`
 * namespace in both languages to every page that draws a figure (the bundler keeps an object built with a spread).
 */
export const learnFigure = {
  figRole: "{role, select, client {client} other {server}}",
  figLostFlags: "{flags} (lost)",
  figInjectedFrom: "{origin, select, forged {attacker} other {the network's past}}",
  figBefore: "{title}: before the first step, the client is {client} and the server is {server}.",
  figUpTo: "{title}: steps 1 to {step}, step {step} highlighted. {now}",
  figStepSent:
    "Step {step}: {actor, select, client {client} other {server}} sends {sent}{lost, select, yes {, which is lost} other {}}; client {client}, server {server}.",
  figStepDid:
    "Step {step}: {actor, select, client {client} other {server}}: {label}; client {client}, server {server}.",
  figArcLabel: "<rfc>{event}</rfc> / {send, select, none {nothing sent} other {snd {send}}}",
  figArcAria:
    "{from}, on {event}, {send, select, none {sends nothing} other {sends {send}}} and {same, select, yes {stays in} other {enters}} {to}.",
};
