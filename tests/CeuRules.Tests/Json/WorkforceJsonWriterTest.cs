using System.Buffers;
using System.Linq;
using System.Text.Json;
using CeuRules.Evaluation;
using CeuRules.Json;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace CeuRules.Tests.Json;

/// <summary>The workforce row says what the full result says: the same needs (rounded up), plan, next step and next deadline.</summary>
[Properties(Arbitrary = new[] { typeof(Generators) }, MaxTest = 200)]
public sealed class WorkforceJsonWriterTest
{
    [Property]
    public bool A_row_carries_the_needs_and_plan_of_the_full_result(Scenario scenario)
    {
        var result = new CertificationEvaluator().Evaluate(scenario.Certification, scenario.Transcript, scenario.AsOf);
        using var full = JsonDocument.Parse(EvaluationJsonWriter.Write(scenario.AsOf, [result], []));
        var written = full.RootElement.GetProperty("results")[0];
        using var row = JsonDocument.Parse(Row(writer => WorkforceJsonWriter.WriteEvaluated(writer, 3, "P1", result, string.Empty)));
        var r = row.RootElement;

        var needs = written.GetProperty("requirements").EnumerateArray()
            .Where(q => q.GetProperty("shortfall").GetDecimal() > 0)
            .Select(q => $"{q.GetProperty("id").GetString()}={q.GetProperty("shortfall").GetRawText()}");
        var missing = r.GetProperty("missing").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetRawText()}");
        var next = result.NextDeadline;
        var step = written.GetProperty("nextStep");
        var rowStep = r.GetProperty("nextStep");
        bool sameStep = rowStep.EnumerateObject().Select(p => p.Name).SequenceEqual(["action", "by", "daysFromAsOf", "route", "code"])
            && rowStep.EnumerateObject().All(p => p.Value.GetRawText() == step.GetProperty(p.Name).GetRawText())
            && rowStep.GetProperty("action").GetString() == result.NextStep.Action.ToId()
            && rowStep.GetProperty("code").GetString() == result.NextStep.Code;
        return sameStep && needs.SequenceEqual(missing)
            && r.GetProperty("planTotal").GetRawText() == written.GetProperty("plan").GetProperty("total").GetRawText()
            && r.GetProperty("planApproved").GetRawText() == written.GetProperty("plan").GetProperty("approved").GetRawText()
            && r.GetProperty("status").GetString() == written.GetProperty("status").GetString()
            && (next is null
                ? !r.TryGetProperty("nextDeadline", out _)
                : r.GetProperty("nextDeadline").GetProperty("daysFromAsOf").GetInt32() == next.DaysFromAsOf && next.DaysFromAsOf >= 0 && next.Applies
                  && result.Deadlines.TakeWhile(d => d != next).All(d => !d.Applies));
    }

    [Fact]
    public void A_malformed_line_has_no_person_and_its_errors_when_given()
    {
        var errors = new[] { new Finding("not-a-date", FindingSeverity.Error, "certifications[0].certifiedOn", "'x' is not a date.") };
        using var with = JsonDocument.Parse(Row(writer => WorkforceJsonWriter.WriteMalformed(writer, 4, "bad line", errors)));
        using var without = JsonDocument.Parse(Row(writer => WorkforceJsonWriter.WriteMalformed(writer, 4, "bad line", null)));

        Assert.Equal(JsonValueKind.Null, with.RootElement.GetProperty("personId").ValueKind);
        Assert.Equal("not-a-date", with.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.False(without.RootElement.TryGetProperty("errors", out _));
        Assert.Equal("bad line", without.RootElement.GetProperty("error").GetString());
    }

    private static string Row(System.Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
