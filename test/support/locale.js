// The command line speaks the system's language when nothing else decides (src/cli/io.ts guessLang):
// every test starts from the same plain locale, whatever the machine's; a test that needs another sets it.
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;
process.env.LANG = 'C.UTF-8';
