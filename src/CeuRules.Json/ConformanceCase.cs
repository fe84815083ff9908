using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CeuRules.Evaluation;
using CeuRules.Policies;

namespace CeuRules.Json;

/// <summary>
/// One case of the conformance corpus (<c>conformance/*.json</c>, docs/conformance.md): a worked example as data. It
/// holds the evaluation document (with its as-of date), what the result must say (the status, figures, routes and next
/// step of each certification, as a part of the evaluation result document), and the rule and source it demonstrates.
/// Any implementation conforms when, for every case, its result for the document contains the expected part.
/// </summary>
/// <remarks>
/// <para>The expected part matches a result when each of its objects' properties is in the result's object at the
/// same place with a matching value (the result may have more properties), each of its arrays has as many elements as
/// the result's array and each matches the element at the same index, and each other value equals the result's
/// (numbers by value, so that <c>60</c> and <c>60.0</c> match).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ConformanceCase
{
    /// <summary>The largest case file read, in bytes: a document's limit and room for the rest.</summary>
    public const int MaxCaseBytes = TranscriptJsonReader.MaxDocumentBytes;

    private static readonly string[] Properties = ["id", "description", "rule", "source", "origin", "document", "expected"];

    private readonly string expected;

    private ConformanceCase(string id, string description, string rule, string source, string origin, string document, string expected)
    {
        Id = id;
        Description = description;
        Rule = rule;
        Source = source;
        Origin = origin;
        Document = document;
        this.expected = expected;
    }

    /// <summary>The case's id, for example <c>cma-met-before-expiration</c>.</summary>
    public string Id { get; }

    /// <summary>What the case shows, in a sentence.</summary>
    public string Description { get; }

    /// <summary>The id of the rule it demonstrates, for example <c>aama-cma/ce-time-limit</c>.</summary>
    public string Rule { get; }

    /// <summary>The citation of the source the expected values were worked from.</summary>
    public string Source { get; }

    /// <summary>Where the case was worked: the body's worked example or the test that works it by hand.</summary>
    public string Origin { get; }

    /// <summary>The evaluation document (docs/formats.md), as JSON text, with its <c>asOf</c> date.</summary>
    public string Document { get; }

    /// <summary>The part of the evaluation result document the result must contain, as JSON text.</summary>
    public string Expected => expected;

    /// <summary>Reads a case from its JSON text.</summary>
    /// <param name="json">The case file's content.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a case: not JSON, an unknown property, or a required one missing or not of its type.</exception>
    public static ConformanceCase Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"A conformance case is not JSON: {e.Message}", e);
        }
        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("A conformance case is a JSON object.");
            }
            foreach (var property in root.EnumerateObject())
            {
                if (!Properties.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw new FormatException($"'{property.Name}' is no property of a conformance case (they are {string.Join(", ", Properties)}).");
                }
            }
            var source = Required(root, "source", JsonValueKind.Object);
            return new ConformanceCase(
                Text(root, "id"),
                Text(root, "description"),
                Text(root, "rule"),
                Text(source, "citation"),
                Text(root, "origin"),
                Required(root, "document", JsonValueKind.Object).GetRawText(),
                Required(root, "expected", JsonValueKind.Object).GetRawText());
        }
    }

    /// <summary>Reads every case of a folder: each <c>*.json</c> file directly in it, in ordinal order of name.</summary>
    /// <param name="directory">The folder, for example the repository's <c>conformance/</c>.</param>
    /// <returns>The cases, in the order of their files.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="IOException">The folder or a file cannot be read.</exception>
    /// <exception cref="FormatException">A file is not a case, is larger than <see cref="MaxCaseBytes"/>, or two cases share an id; the message names the file.</exception>
    public static ImmutableArray<ConformanceCase> ReadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var cases = ReadFiles(Files(directory), out var refused);
        if (refused is { } why)
        {
            if (why.Error is not FormatException and not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(why.Error);
            }
            throw new FormatException($"{why.File}: {why.Detail}", why.Error);
        }
        return cases;
    }

    /// <summary>The case files of a folder: each <c>*.json</c> file directly in it, in ordinal order of name.</summary>
    /// <exception cref="IOException">The folder cannot be read.</exception>
    internal static string[] Files(string directory)
    {
        var files = Directory.GetFiles(directory, "*.json", SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// The cases of <paramref name="files"/>, in their order, up to the first that cannot be one: then <paramref name="refused"/>
    /// names its file and why (<c>too-large</c>, <c>not-a-case</c>, <c>duplicate-id</c>, or <c>unreadable</c> with the
    /// error that kept it from being read), and the cases before it are returned. Every reader of a corpus reads it here.
    /// </summary>
    internal static ImmutableArray<ConformanceCase> ReadFiles(IReadOnlyList<string> files, out CaseRefusal? refused)
    {
        refused = null;
        var cases = ImmutableArray.CreateBuilder<ConformanceCase>(files.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            string name = Path.GetFileName(file);
            try
            {
                if (new FileInfo(file).Length > MaxCaseBytes)
                {
                    refused = new CaseRefusal(name, "too-large", $"larger than {MaxCaseBytes} bytes.", null);
                    break;
                }
                var read = Parse(File.ReadAllText(file, Encoding.UTF8));
                if (!ids.Add(read.Id))
                {
                    refused = new CaseRefusal(name, "duplicate-id", $"the id '{read.Id}' is also another case's.", null);
                    break;
                }
                cases.Add(read);
            }
            catch (FormatException e)
            {
                refused = new CaseRefusal(name, "not-a-case", e.Message, e);
                break;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                refused = new CaseRefusal(name, "unreadable", e.Message, e);
                break;
            }
        }
        return cases.ToImmutable();
    }

    /// <summary>Why a file of a corpus is not a case: its name, the reason's id, the English detail and the error, if any.</summary>
    internal readonly record struct CaseRefusal(string File, string Reason, string Detail, Exception? Error);

    /// <summary>
    /// The differences between the expected part and <paramref name="resultJson"/>, an evaluation result document
    /// (docs/formats.md, the command line's <c>--format json</c>, the service's <c>POST /v1/evaluations</c>).
    /// </summary>
    /// <param name="resultJson">The result document.</param>
    /// <returns>Each difference by its path, with the value expected and the value the result has; empty when the result conforms.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resultJson"/> is null.</exception>
    public ImmutableArray<ConformanceDifference> Check(string resultJson)
    {
        ArgumentNullException.ThrowIfNull(resultJson);
        var differences = ImmutableArray.CreateBuilder<ConformanceDifference>();
        using var expectedDocument = JsonDocument.Parse(expected);
        try
        {
            using var actual = JsonDocument.Parse(resultJson);
            Compare(expectedDocument.RootElement, actual.RootElement, "$", differences);
        }
        catch (JsonException e)
        {
            differences.Add(new ConformanceDifference(new Finding(FindingCodes.InvalidJson, FindingSeverity.Error, "$", ("what", "document"),
                ("line", ((e.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture)), ("byte", ((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)))));
        }
        return differences.ToImmutable();
    }

    /// <summary>Evaluates <see cref="Document"/> with the library and checks the result (the library's runner of the corpus).</summary>
    /// <param name="catalog">The policies to evaluate with, usually <see cref="PolicyCatalog.BuiltIn"/>.</param>
    /// <returns>The differences (see <see cref="Check"/>), or the document's error findings when it cannot be read or states no <c>asOf</c> date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public ImmutableArray<ConformanceDifference> Run(PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var read = TranscriptJsonReader.Read(Document, catalog);
        if (read.Document is not { } document)
        {
            return [.. read.Findings.Select(f => new ConformanceDifference(f))];
        }
        if (document.AsOf is not { } asOf)
        {
            // A case is evaluated as of its own date, never today's: without one it is not a case.
            return [new ConformanceDifference(new Finding(FindingCodes.MissingField, FindingSeverity.Error, "asOf", ("expected", "date")))];
        }
        var evaluator = new CertificationEvaluator(catalog);
        var results = document.Certifications.Select(c => evaluator.Evaluate(c, document.Transcript, asOf)).ToList();
        return Check(EvaluationJsonWriter.Write(asOf, results, read.Findings));
    }

    /// <summary>The case's id and rule.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id} ({Rule})";

    private static void Compare(JsonElement expected, JsonElement actual, string path, ImmutableArray<ConformanceDifference>.Builder differences)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object when actual.ValueKind == JsonValueKind.Object:
                foreach (var property in expected.EnumerateObject())
                {
                    string at = $"{path}.{property.Name}";
                    if (actual.TryGetProperty(property.Name, out var value))
                    {
                        Compare(property.Value, value, at, differences);
                    }
                    else
                    {
                        differences.Add(new ConformanceDifference(at, Short(property.Value), null));
                    }
                }
                break;
            case JsonValueKind.Array when actual.ValueKind == JsonValueKind.Array:
                int expectedLength = expected.GetArrayLength(), actualLength = actual.GetArrayLength();
                if (expectedLength != actualLength)
                {
                    differences.Add(new ConformanceDifference(path, Short(expected), Short(actual)));
                    break;
                }
                for (int i = 0; i < expectedLength; i++)
                {
                    Compare(expected[i], actual[i], $"{path}[{i}]", differences);
                }
                break;
            case JsonValueKind.Number when actual.ValueKind == JsonValueKind.Number:
                if (!expected.TryGetDecimal(out decimal x) || !actual.TryGetDecimal(out decimal y) || x != y)
                {
                    differences.Add(new ConformanceDifference(path, Short(expected), Short(actual)));
                }
                break;
            case JsonValueKind.String when actual.ValueKind == JsonValueKind.String:
                if (!string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal))
                {
                    differences.Add(new ConformanceDifference(path, Short(expected), Short(actual)));
                }
                break;
            default:
                if (expected.ValueKind != actual.ValueKind
                    || expected.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.String or JsonValueKind.Number)
                {
                    differences.Add(new ConformanceDifference(path, Short(expected), Short(actual)));
                }
                break;
        }
    }

    private static string Short(JsonElement element)
    {
        string text = element.GetRawText();
        text = string.Join(' ', text.Split((char[])['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "...");
    }

    private static JsonElement Required(JsonElement parent, string name, JsonValueKind kind) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == kind
            ? value
            : throw new FormatException($"A conformance case needs '{name}' as a JSON {kind.ToString().ToLower(CultureInfo.InvariantCulture)}.");

    private static string Text(JsonElement parent, string name)
    {
        string text = Required(parent, name, JsonValueKind.String).GetString()!;
        return text.Length > 0 ? text : throw new FormatException($"A conformance case's '{name}' must not be empty.");
    }
}
