// Loaded with --import into a benchmarked CLI: prints the process's peak RSS on exit.
process.on('exit', () => {
  process.stderr.write(`peak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
