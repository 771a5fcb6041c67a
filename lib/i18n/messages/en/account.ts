/** Signing up and signing in (app/sign-in, app/sign-up, components/account, lib/auth/forms.ts). */
export const account = {
  eyebrow: "Account",
  signInTitle: "Sign in",
  signInLead: "Sign in to your SynAck account.",
  signUpTitle: "Create an account",
  signUpLead:
    "Keep your progress across devices and join a teacher's class. Everything you practised as a guest in this browser moves into the account.",
  name: "Name",
  email: "Email",
  password: "Password",
  passwordHint: "At least 8 characters, and not a common password such as 12345678.",
  oneMoment: "One moment…",
  createAccount: "Create account",
  signIn: "Sign in",
  haveAccount: "Already have an account? <link>Sign in</link>",
  noAccount: "No account yet? <link>Create one</link> (your guest practice moves into it).",
  unreachable: "SynAck could not be reached: check your connection and try again.",
  checkForm: "Check the form.",
  nameRequired: "Type your name (any name: it is shown to your teacher).",
  nameTooLong: "A name can have at most 80 characters.",
  nameNotText:
    "A name is one line of plain text: remove the line breaks and invisible control characters (pasted text can carry them).",
  emailInvalid: "Type an email address like name@example.com.",
  emailSignIn: "Type the email address you signed up with.",
  passwordTooShort: "The password needs at least 8 characters.",
  passwordTooLong: "The password can have at most 128 characters.",
  passwordRequired: "Type your password.",
  tooManyAttempts: "Too many attempts from here: wait a minute, then try again.",
  accountLocked:
    "Too many sign-in attempts for this email address: wait {minutes, plural, one {# minute} other {# minutes}}, then try again.",
  signInRefused: "That email and password do not match an account. Check both and try again.",
  signUpRefused: "No account could be created with these details. If you already have one, sign in instead.",
  passwordTooCommon:
    "This password is one of the most common ones, which guessers try first. Choose another: a few unrelated words make a good one.",
  originRefused:
    "SynAck refused this as coming from another site, so nothing was sent on. Reload this page and try again.",
  originElsewhere:
    "Accounts on this server work at {url} only, not at the address this page was opened at. <link>Open this page there</link> and try again.",
  serverError: "SynAck could not do this just now (error {status}), and nothing was changed. Try again in a moment.",
};
