using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using CeuRules.Evaluation;
using CeuRules.Json;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace CeuRules.Tests.Json;

[Properties(Arbitrary = new[] { typeof(Generators) }, MaxTest = 200)]
public sealed class JsonWriterTest
{
    [Fact]
    public void A_written_document_reads_back_equal() =>
        Assert.Equal(TranscriptJsonReaderTest.Document(), TranscriptJsonReader.Read(TranscriptJsonWriter.Write(TranscriptJsonReaderTest.Document())).Document);

    [Property]
    public bool Any_generated_document_round_trips(Scenario scenario)
    {
        var document = new TranscriptDocument(scenario.AsOf, [scenario.Certification], scenario.Transcript);
        var read = TranscriptJsonReader.Read(TranscriptJsonWriter.Write(document));
        return document.Equals(read.Document) && read.Findings.All(f => f.Code == "duplicate-activity-id");
    }

    [Property]
    public bool Results_are_deterministic_and_carry_every_activity(Scenario scenario)
    {
        var evaluator = new CertificationEvaluator();
        var first = EvaluationJsonWriter.Write(scenario.AsOf, [evaluator.Evaluate(scenario.Certification, scenario.Transcript, scenario.AsOf)], []);
        var second = EvaluationJsonWriter.Write(scenario.AsOf, [evaluator.Evaluate(scenario.Certification, scenario.Transcript, scenario.AsOf)], []);
        using var json = JsonDocument.Parse(first);
        return first == second && json.RootElement.GetProperty("results")[0].GetProperty("activities").GetArrayLength() == scenario.Transcript.Activities.Length;
    }

    [Fact]
    public void Writing_stops_before_the_next_result_once_the_token_is_cancelled()
    {
        var document = TranscriptJsonReaderTest.Document();
        var evaluator = new CertificationEvaluator();
        var result = evaluator.Evaluate(document.Certifications[0], document.Transcript, document.AsOf!.Value);
        using var stop = new CancellationTokenSource();
        IEnumerable<CertificationEvaluation> Results()
        {
            yield return result;
            stop.Cancel();   // the caller gives up while the first result is being written
            yield return result;
        }
        using var stream = new MemoryStream();

        Assert.ThrowsAny<OperationCanceledException>(() => EvaluationJsonWriter.Write(document.AsOf.Value, Results(), [], stream, stop.Token));

        // The first result was handed to the stream as it was written; the second never was.
        string written = Encoding.UTF8.GetString(stream.ToArray());
        string one = EvaluationJsonWriter.Write(document.AsOf.Value, [result], []);
        string two = EvaluationJsonWriter.Write(document.AsOf.Value, [result, result], []);
        Assert.StartsWith(written, two, StringComparison.Ordinal);
        Assert.Equal(Count(one, "\"credential\":"), Count(written, "\"credential\":"));
        Assert.True(written.Length < one.Length);
        using var whole = JsonDocument.Parse(two);
        Assert.Equal(2, whole.RootElement.GetProperty("results").GetArrayLength());

        static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
    }

    [Fact]
    public void The_result_uses_the_contract_names()
    {
        var document = TranscriptJsonReaderTest.Document();
        var result = new CertificationEvaluator().Evaluate(document.Certifications[0], document.Transcript, document.AsOf!.Value);
        var finding = new Finding("unknown-field", FindingSeverity.Warning, "activities[0].colour", "ignored");
        using var json = JsonDocument.Parse(EvaluationJsonWriter.Write(document.AsOf.Value, [result], [finding]));
        var root = json.RootElement;
        Assert.Equal("2025-11-23", root.GetProperty("asOf").GetString());
        var entry = root.GetProperty("results")[0];
        Assert.Equal("aama-cma", entry.GetProperty("credential").GetString());
        Assert.Equal("in-progress", entry.GetProperty("status").GetString());
        Assert.Equal("2026-02-28", entry.GetProperty("expiresOn").GetString());
        Assert.Equal("2021-02-10", entry.GetProperty("window").GetProperty("start").GetString());
        Assert.Equal("2026-05-29", entry.GetProperty("lastCeDay").GetString());
        var total = entry.GetProperty("requirements")[0];
        Assert.Equal("total", total.GetProperty("id").GetString());
        Assert.Equal("60", total.GetProperty("required").GetRawText());
        Assert.Equal("aama-point", total.GetProperty("unit").GetString());
        var a1 = entry.GetProperty("activities")[0];
        Assert.Equal("2.25", a1.GetProperty("counted")[0].GetProperty("amount").GetRawText());
        Assert.Equal("category:clinical", a1.GetProperty("counted")[0].GetProperty("requirement").GetString());
        var notCounted = entry.GetProperty("activities")[3].GetProperty("notCounted")[0];
        Assert.Equal("needs-review", notCounted.GetProperty("reason").GetString());
        Assert.Equal("aama-cma/categories", notCounted.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrEmpty(notCounted.GetProperty("source").GetString()));
        Assert.True(entry.GetProperty("plan").GetProperty("total").GetDecimal() > 0);
        Assert.Equal(65m, entry.GetProperty("fees")[0].GetProperty("amount").GetDecimal());
        Assert.Equal("warning", root.GetProperty("findings")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void Beside_each_source_the_result_lists_the_structured_sources_first_and_further()
    {
        var rma = new CeuRules.Model.Certification(CeuRules.Model.Credential.AmtRma, new NodaTime.LocalDate(2024, 5, 2));
        var late = new CeuRules.Model.LearningActivity("late", CeuRules.Model.LearningActivityKind.Course, new NodaTime.LocalDate(2027, 1, 1))
        {
            Credits = [new CeuRules.Model.CreditLine(CeuRules.Model.CreditAmount.FromUnits(2), CeuRules.Model.CreditUnit.AmtCcpPoint, null)],
        };
        var asOf = new NodaTime.LocalDate(2026, 11, 23);
        var result = new CertificationEvaluator().Evaluate(rma, new CeuRules.Model.Transcript([late]), asOf);
        using var json = JsonDocument.Parse(EvaluationJsonWriter.Write(asOf, [result], []));
        var entry = json.RootElement.GetProperty("results")[0];

        var fee = entry.GetProperty("fees")[0];
        Assert.Equal(50m, fee.GetProperty("amount").GetDecimal());
        Assert.StartsWith("AMT, Stay certified", fee.GetProperty("source").GetString(), System.StringComparison.Ordinal);
        var sources = fee.GetProperty("sources");
        Assert.Equal(3, sources.GetArrayLength());
        Assert.Equal("https://americanmedtech.org/Certification/Stay-Certified/tabs/3", sources[0].GetProperty("url").GetString());
        Assert.Equal(("body", "current", true, false), (sources[0].GetProperty("authority").GetString(), sources[0].GetProperty("revision").GetString(),
            sources[0].GetProperty("confirmed").GetBoolean(), sources[0].GetProperty("superseded").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, sources[0].GetProperty("document").ValueKind);
        Assert.Equal("mirror", sources[1].GetProperty("authority").GetString());
        Assert.Equal(("secondary", false, true), (sources[2].GetProperty("authority").GetString(), sources[2].GetProperty("confirmed").GetBoolean(), sources[2].GetProperty("superseded").GetBoolean()));

        var total = entry.GetProperty("requirements")[0].GetProperty("sources");
        Assert.Equal("mirror", Assert.Single(total.EnumerateArray()).GetProperty("authority").GetString());

        var refused = entry.GetProperty("activities")[0].GetProperty("notCounted")[0];
        Assert.Equal("ceurules/as-of", refused.GetProperty("rule").GetString());
        var own = Assert.Single(refused.GetProperty("sources").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, own.GetProperty("authority").ValueKind);
        Assert.Equal("docs/decisions.md", own.GetProperty("document").GetString());
    }
}
