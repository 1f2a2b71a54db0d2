using System.Text;
using SearchEngine.Cli;

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using Stream standardInput = Console.OpenStandardInput();
using var input = new StreamReader(standardInput, utf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
using var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };

int exitCode = CliApplication.Run(args, new CliConsole(input, output, error, IsTerminal: !Console.IsOutputRedirected, RawIn: standardInput));
output.Flush();
return exitCode;
