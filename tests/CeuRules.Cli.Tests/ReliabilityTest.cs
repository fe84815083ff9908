using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary>
/// The command line under hostile conditions: an output that is the input, failures and interruptions
/// while a report is written, standard input and pipes, endless inputs, and malformed batch lines of
/// every sort among good ones.
/// </summary>
public sealed class ReliabilityTest : IDisposable
{
    private const string Good = """{"personId":"P","certifications":[{"credential":"aama-cma","certifiedOn":"2021-02-10"}],"activities":[{"id":"a","kind":"course","completedOn":"2022-03-01","credits":[{"amount":2,"unit":"aama-point"}]}]}""";

    private readonly string scratch = Directory.CreateTempSubdirectory("ceurules-reliability-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static (int Exit, string Out, string Err) Run(Stream? stdin, CancellationToken token, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr, interactive: false, new FakeClock(Instant.FromUtc(2025, 11, 23, 12, 0)), progress: false, stdin, token);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static (int Exit, string Out, string Err) Run(params string[] args) => Run(null, CancellationToken.None, args);

    private string Lines(string name, params string[] lines)
    {
        var path = Path.Combine(scratch, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    [Theory]
    [InlineData("same")]
    [InlineData("symlink")]
    [InlineData("hardlink")]
    [InlineData("dotted")]
    public void An_output_that_is_the_input_or_a_link_to_it_is_refused_before_anything_is_written(string how)
    {
        var input = Lines("w.csv", Good, Good.Replace("\"P\"", "\"Q\"", StringComparison.Ordinal));
        var before = File.ReadAllBytes(input);
        string output = Path.Combine(scratch, "out.csv");
        switch (how)
        {
            case "same":
                output = input;
                break;
            case "symlink":
                File.CreateSymbolicLink(output, input);
                break;
            case "hardlink":
                if (!OperatingSystem.IsLinux())
                {
                    return;
                }
                using (var ln = Process.Start("ln", [input, output]))
                {
                    ln.WaitForExit();
                }
                break;
            default:
                Directory.CreateDirectory(Path.Combine(scratch, "sub"));
                output = Path.Combine(scratch, "sub", "..", "w.csv");
                break;
        }
        var (exit, _, error) = Run("batch", input, "--out", output, "--as-of", "2025-11-23");
        Assert.Equal(2, exit);
        Assert.Contains("is the input file", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Empty(Directory.GetFiles(scratch, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("--out", "policy")]
    [InlineData("--calendar", "policy")]
    [InlineData("--out", "certifications")]
    [InlineData("--calendar", "input")]
    [InlineData("--out", "calendar")]
    public void No_output_may_be_any_file_the_run_reads_or_the_other_output(string option, string victim)
    {
        const string Policy = """{ "credential": { "id": "x-ma", "acronym": "XMA", "name": "X", "body": { "id": "xb", "acronym": "XB", "name": "X body" } } }""";
        var policy = Path.Combine(scratch, "policy.json");
        File.WriteAllText(policy, Policy);
        var activities = Path.Combine(scratch, "activities.csv");
        File.WriteAllText(activities, "personId,activityId,kind,completedOn,amount,unit\nP,a,course,2022-03-01,2,aama-point\n");
        var certifications = Path.Combine(scratch, "certifications.csv");
        File.WriteAllText(certifications, "personId,credential,certifiedOn\nP,aama-cma,2021-02-10\n");
        var calendar = Path.Combine(scratch, "due.ics");
        string target = victim switch
        {
            "policy" => policy,
            "certifications" => certifications,
            "input" => activities,
            _ => calendar,
        };
        var before = victim == "calendar" ? null : File.ReadAllBytes(target);
        string[] args = ["batch", activities, "--certifications", certifications, "--policy", policy, "--as-of", "2025-11-23",
            "--out", option == "--out" ? target : Path.Combine(scratch, "report.csv"),
            "--calendar", option == "--calendar" ? target : calendar];

        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", error, StringComparison.Ordinal);
        if (before is not null)
        {
            Assert.Equal(before, File.ReadAllBytes(target));
        }
        Assert.False(File.Exists(Path.Combine(scratch, "report.csv")));
        Assert.Empty(Directory.GetFiles(scratch, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("batch", "--out")]
    [InlineData("batch", "--calendar")]
    [InlineData("recommend", "--out")]
    public void No_output_may_be_a_file_of_the_policies_folder(string command, string option)
    {
        var folder = Directory.CreateDirectory(Path.Combine(scratch, "policies")).FullName;
        var policy = Path.Combine(folder, "x-ma.json");
        File.WriteAllText(policy, """{ "credential": { "id": "x-ma", "acronym": "XMA", "name": "X", "body": { "id": "xb", "acronym": "XB", "name": "X body" } } }""");
        var before = File.ReadAllBytes(policy);
        var input = Lines("w.jsonl", Good);
        var catalog = Path.Combine(scratch, "catalog.json");
        File.WriteAllText(catalog, """{ "vendor": "V", "courses": [] }""");
        string[] args = command == "batch"
            ? ["batch", input, "--policies", folder, option, policy, "--as-of", "2025-11-23"]
            : ["recommend", input, "--catalog", catalog, "--policies", folder, option, policy];

        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains($"{option} “{policy}” is a policy file of --policies", error, StringComparison.Ordinal);
        Assert.Contains($"[{option} · output-is-input]", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(policy));
        Assert.Empty(Directory.GetFiles(scratch, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("report.csv")]
    [InlineData("report.json")]
    public void A_run_that_fails_or_is_interrupted_leaves_the_previous_report_untouched(string name)
    {
        var report = Path.Combine(scratch, name);
        File.WriteAllText(report, "previous");
        Assert.Equal(2, Run("batch", Path.Combine(scratch, "missing.jsonl"), "--out", report).Exit);
        Assert.Equal("previous", File.ReadAllText(report));

        var input = Lines("w.jsonl", Enumerable.Repeat(Good, 50).ToArray());
        var interrupted = Run(null, new CancellationToken(canceled: true), "batch", input, "--out", report);
        Assert.Equal(130, interrupted.Exit);
        Assert.Contains("interrupted", interrupted.Err, StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(report));
        Assert.Empty(Directory.GetFiles(scratch, "*.tmp"));

        Assert.Equal(0, Run("batch", input, "--out", report).Exit);
        Assert.NotEqual("previous", File.ReadAllText(report));
        Assert.Empty(Directory.GetFiles(scratch, "*.tmp"));
    }

    [Fact]
    public void Every_row_carries_its_own_line_whatever_the_ids()
    {
        var lines = Enumerable.Range(1, 400).Select(i => Good.Replace("2022-03-01", $"2022-03-{1 + (i % 28):00}", StringComparison.Ordinal)).ToArray();
        var input = Lines("same-id.jsonl", lines);
        var report = Path.Combine(scratch, "r.csv");
        Assert.Equal(0, Run("batch", input, "--out", report, "--parallelism", "8", "--as-of", "2025-11-23").Exit);
        var rows = File.ReadAllLines(report).Skip(1).Select(r => r.Split(',')).ToList();
        Assert.Equal(Enumerable.Range(1, 400), rows.Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).Order());
        // Each row is the evaluation of its own line: the same date gives the same row.
        var single = Path.Combine(scratch, "single.csv");
        Run("batch", input, "--out", single, "--parallelism", "1", "--as-of", "2025-11-23");
        Assert.Equal(File.ReadAllLines(single).Order(), File.ReadAllLines(report).Order());
        Assert.Equal(399, rows.Count(r => r[^1].Contains("[duplicate-person-id: also on line 1]", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("invalid-utf8")]
    [InlineData("surrogate-id")]
    [InlineData("surrogate-title")]
    [InlineData("blank-id")]
    [InlineData("empty-id")]
    [InlineData("duplicate-asof")]
    [InlineData("over-precise")]
    public void A_malformed_line_of_any_sort_is_one_line_and_the_rest_are_evaluated(string sort)
    {
        byte[] bad = sort switch
        {
            "invalid-utf8" => [.. Encoding.UTF8.GetBytes(Good.Replace("\"a\"", "\"a", StringComparison.Ordinal)[..^3]), 0xC3, 0x28, .. "\"}]}"u8],
            "surrogate-id" => Encoding.UTF8.GetBytes(Good.Replace("\"P\"", "\"\\ud800\"", StringComparison.Ordinal)),
            "surrogate-title" => Encoding.UTF8.GetBytes(Good.Replace("\"id\":\"a\"", "\"id\":\"a\",\"title\":\"\\udfff\"", StringComparison.Ordinal)),
            "blank-id" => Encoding.UTF8.GetBytes(Good.Replace("\"P\"", "\"   \"", StringComparison.Ordinal)),
            "empty-id" => Encoding.UTF8.GetBytes(Good.Replace("\"P\"", "\"\"", StringComparison.Ordinal)),
            "duplicate-asof" => Encoding.UTF8.GetBytes(Good.Replace("{\"personId\"", "{\"asOf\":\"2025-01-01\",\"asOf\":\"2024-01-01\",\"personId\"", StringComparison.Ordinal)),
            _ => Encoding.UTF8.GetBytes(Good.Replace("\"amount\":2", "\"amount\":0.0099999999999999999999999999999", StringComparison.Ordinal)),
        };
        var path = Path.Combine(scratch, "mixed.jsonl");
        using (var file = File.Create(path))
        {
            foreach (var line in new[] { Encoding.UTF8.GetBytes(Good), bad, Encoding.UTF8.GetBytes(Good.Replace("\"P\"", "\"R\"", StringComparison.Ordinal)) })
            {
                file.Write(line);
                file.WriteByte((byte)'\n');
            }
        }
        var report = Path.Combine(scratch, "mixed.csv");
        var (exit, output, error) = Run("batch", path, "--out", report, "--as-of", "2025-11-23");
        Assert.Equal(1, exit);
        Assert.Contains("2 people evaluated", output, StringComparison.Ordinal);
        Assert.Contains("1 line not evaluated", output, StringComparison.Ordinal);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("[line 2", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3"], File.ReadAllLines(report).Skip(1).Select(r => r.Split(',')[0]).Order());
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("batch")]
    [InlineData("validate-catalog")]
    [InlineData("policy")]
    public void A_dash_reads_standard_input_for_every_command(string command)
    {
        var root = CliTestPaths.Root();
        var (file, args) = command switch
        {
            "evaluate" => (Path.Combine(root, "docs", "examples", "cma-met.json"), new[] { "evaluate", "-" }),
            "batch" => (Path.Combine(root, "docs", "examples", "workforce.jsonl"), new[] { "batch", "-", "--as-of", "2025-11-23" }),
            "validate-catalog" => (Path.Combine(root, "docs", "examples", "catalogs", "example-academy.json"), new[] { "validate-catalog", "-", "--as-of", "2025-11-23" }),
            _ => (Path.Combine(root, "docs", "examples", "policies", "employer-annual.json"), new[] { "policies", "--policy", "-" }),
        };
        var fromFile = Run(args.Select(a => a == "-" ? file : a).ToArray());
        using var stdin = new NonSeekable(File.ReadAllBytes(file));
        var fromPipe = Run(stdin, CancellationToken.None, args);
        Assert.Equal(fromFile.Exit, fromPipe.Exit);
        Assert.DoesNotContain("seek", fromPipe.Err, StringComparison.OrdinalIgnoreCase);
        // The same output but for the name (and the line breaks that a longer name moves).
        Assert.Equal(Words(fromFile.Out.Replace(Path.GetFileName(file), "standard input", StringComparison.Ordinal)), Words(fromPipe.Out));
    }

    private static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");


    [Fact]
    public void A_named_pipe_is_read_like_a_file()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var fifo = Path.Combine(scratch, "fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }
        var writer = new Thread(() => File.WriteAllText(fifo, Good + "\n" + Good.Replace("\"P\"", "\"Q\"", StringComparison.Ordinal) + "\n"));
        writer.Start();
        var (exit, output, _) = Run("batch", fifo, "--as-of", "2025-11-23");
        writer.Join();
        Assert.Equal(0, exit);
        Assert.Contains("2 people evaluated", output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_control_character_or_bidi_override_from_a_document_reaches_the_console_or_the_error_stream()
    {
        var unsafeChars = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(PlainText.IsUnsafe).ToArray();
        string hostile = "\\u001b]0;title\\u0007" + string.Concat(unsafeChars.Select(c => $"\\u{(int)c:X4}"));
        // A person due soon whose id is hostile (the console's table), and a line whose bad date quotes it (the error stream).
        var due = Good.Replace("\"P\"", $"\"P{hostile}\"", StringComparison.Ordinal).Replace("2021-02-10", "2020-12-10", StringComparison.Ordinal);
        var bad = Good.Replace("2021-02-10", $"2021-02-10{hostile}", StringComparison.Ordinal);
        var input = Lines("hostile.jsonl", due, bad);
        var (_, output, error) = Run("batch", input, "--as-of", "2025-11-23", "--within-days", "3650");
        foreach (var (name, text) in new[] { ("stdout", output), ("stderr", error) })
        {
            var raw = text.Where(c => PlainText.IsUnsafe(c) && c != '\n').Distinct().ToList();
            Assert.True(raw.Count == 0, $"{name}: raw " + string.Join(", ", raw.Select(c => $"U+{(int)c:X4}")) + "\n" + text);
        }
        Assert.Contains("\\u001B]0;title", error, StringComparison.Ordinal);
        Assert.Contains("\\u001B]0;title", output.Replace("\n", string.Empty, StringComparison.Ordinal).Replace("|", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.csv")]
    [InlineData("report.json")]
    [InlineData("report.xlsx")]
    public void A_line_over_the_limit_is_one_reported_row_and_the_rest_is_evaluated(string name)
    {
        var report = Path.Combine(scratch, name);
        var tooLong = Lines("long.jsonl", Good, new string(' ', 1024 * 1024 + 1) + Good, Good.Replace("\"P\"", "\"Q\"", StringComparison.Ordinal));
        var (exit, output, error) = Run("batch", tooLong, "--out", report, "--as-of", "2025-11-23");
        Assert.Equal(1, exit);
        Assert.Contains($"error: The line has {1024 * 1024 + 1 + Good.Length} bytes", error, StringComparison.Ordinal);
        Assert.Contains("[line 2 · line-too-large]", error, StringComparison.Ordinal);
        Assert.Contains("3 lines read, 2 people evaluated", output, StringComparison.Ordinal);
        Assert.True(new FileInfo(report).Length > 0);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("validate-catalog")]
    [InlineData("batch")]
    public void An_endless_input_is_read_only_just_past_its_limit(string command)
    {
        using var endless = new Endless();
        var (exit, _, error) = Run(endless, CancellationToken.None, command, "-", "--as-of", "2025-11-23");
        // A batch reports the endless line as one malformed line (it has no end, so nothing follows it); a document is refused.
        Assert.Equal(command == "batch" ? 1 : 2, exit);
        Assert.Contains(command == "batch" ? "[line 1 · line-too-large]" : "[- · document-too-large]", error, StringComparison.Ordinal);
        Assert.InRange(endless.Served, 1L, 16L * 1024 * 1024 + (1 << 17));
    }

    [Theory]
    [InlineData("evaluate", "cma-met.json", "\"id\"")]
    [InlineData("validate-catalog", "catalogs/example-academy.json", "\"title\"")]
    [InlineData("policy", "policies/employer-annual.json", "\"name\"")]
    public void A_lone_surrogate_in_any_file_is_a_coded_finding_and_exit_2(string command, string example, string field)
    {
        var text = File.ReadAllText(Path.Combine(CliTestPaths.Root(), "docs", "examples", example));
        int at = text.IndexOf(field + ":", StringComparison.Ordinal);
        int quote = text.IndexOf('"', at + field.Length + 1);
        var path = Path.Combine(scratch, Path.GetFileName(example));
        File.WriteAllText(path, text[..(quote + 1)] + "\\ud800" + text[(quote + 1)..]);
        var (exit, _, error) = command == "policy" ? Run("policies", "--policy", path) : Run(command, path, "--as-of", "2025-11-23");
        Assert.Equal(2, exit);
        Assert.Contains("invalid-escape]", error, StringComparison.Ordinal);
        Assert.Contains($"[{Path.GetFileName(example)}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("0000-12-31")]
    [InlineData("10000-01-01")]
    public void An_as_of_date_no_reader_accepts_back_is_refused(string date)
    {
        foreach (var command in new[] { "evaluate", "batch", "validate-catalog" })
        {
            var (exit, _, error) = Run(command, Path.Combine(CliTestPaths.Root(), "docs", "examples", "cma-met.json"), "--as-of", date);
            Assert.Equal(2, exit);
            Assert.Contains("--as-of", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("report.ods")]
    [InlineData("report.txt")]
    [InlineData("report")]
    public void An_unsupported_report_extension_gets_a_plain_message_listing_the_supported_ones(string name)
    {
        var (exit, _, error) = Run("batch", Path.Combine(CliTestPaths.Root(), "docs", "examples", "workforce.jsonl"), "--out", Path.Combine(scratch, name));
        Assert.Equal(2, exit);
        Assert.Contains(".xlsx, .csv, .json", error, StringComparison.Ordinal);
        Assert.Contains("[--out · unsupported-format]", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aama-cma")]
    [InlineData("amt-rma")]
    [InlineData("nha-ccma")]
    [InlineData("ncct-ncma")]
    public void Every_format_reports_a_certification_on_the_last_day_the_calendar_holds(string credential)
    {
        var path = Path.Combine(scratch, "late.json");
        File.WriteAllText(path, $$"""{"asOf":"9999-12-31","certifications":[{"credential":"{{credential}}","certifiedOn":"9999-12-31","examAttempts":[{"on":"9999-12-31","passed":false}]}],"activities":[{"id":"a","kind":"course","completedOn":"9999-12-31","credits":[{"amount":2,"unit":"aama-point"}]}]}""");
        foreach (var format in new[] { "text", "json", "html" })
        {
            var (exit, _, error) = Run("evaluate", path, "--format", format);
            Assert.True(exit == 0, $"{format}: {error}");
        }
    }

    [Fact]
    public void A_document_with_a_part_left_out_exits_1_and_says_what_could_change()
    {
        var path = Path.Combine(scratch, "partial.json");
        File.WriteAllText(path, """{"asOf":"2025-11-23","certifications":[{"credential":"aama-cma","certifiedOn":"2021-02-10"}],"activities":[{"id":"a","kind":"course","completedOn":"2022-02-30","credits":[{"amount":60,"unit":"aama-point"}]}]}""");
        var text = Run("evaluate", path);
        Assert.Equal(1, text.Exit);
        Assert.Contains("Incomplete: 1 part of the document was left out (activity 1)", text.Out, StringComparison.Ordinal);
        Assert.Contains("Could change: 1 activity was left out", text.Out, StringComparison.Ordinal);
        var spanish = Run("evaluate", path, "--culture", "es-US");
        Assert.Equal(1, spanish.Exit);
        Assert.Contains("Incompleto: se omitió 1 parte del documento (la actividad 1)", spanish.Out, StringComparison.Ordinal);
        Assert.Contains("Podría cambiar: se omitió 1 actividad por errores", spanish.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Could change", spanish.Out, StringComparison.Ordinal);
        var json = Run("evaluate", path, "--format", "json");
        Assert.Equal(1, json.Exit);
        Assert.Contains("\"complete\": false", json.Out, StringComparison.Ordinal);
        Assert.Contains("\"statusQualified\": true", json.Out, StringComparison.Ordinal);
        var html = Run("evaluate", path, "--format", "html");
        Assert.Contains("class=\"qualified\"", html.Out, StringComparison.Ordinal);
        Assert.Equal(0, Run("evaluate", Path.Combine(CliTestPaths.Root(), "docs", "examples", "cma-met.json")).Exit);
    }

    /// <summary>Zeros without end (no line ends), counting what was served.</summary>
    private sealed class Endless : Stream
    {
        internal long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Served += count;
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
