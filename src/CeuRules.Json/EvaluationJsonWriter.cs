using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Json;

/// <summary>
/// Writes evaluation results in the result format of the JSON contract (docs/formats.md): one entry
/// per certification, with the status, dates, requirements, a decision per activity, the plan, the
/// fees, and the findings of reading the document. The output is deterministic: the same results
/// give byte-identical JSON.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class EvaluationJsonWriter
{
    /// <summary>Writes results to a stream as indented UTF-8 JSON.</summary>
    /// <param name="asOf">The date the results are as of.</param>
    /// <param name="results">The evaluations, one per certification.</param>
    /// <param name="findings">The findings of reading the document; may be empty.</param>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="cancellationToken">
    /// Checked before each result is written; writing then stops with <see cref="OperationCanceledException"/>. The
    /// results written before it are already in <paramref name="stream"/> (each is handed over as it is written), so
    /// a caller that cancels discards what the stream holds.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void Write(LocalDate asOf, IEnumerable<CertificationEvaluation> results, IEnumerable<Finding> findings, Stream stream,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        using var writer = new Utf8JsonWriter(stream, JsonText.Indented);
        var leftOut = Completeness.LeftOut(findings);
        writer.WriteStartObject();
        JsonText.Date(writer, "asOf", asOf);
        // Incomplete is not non-compliant: what was left out, and which statuses it could change.
        writer.WriteBoolean("complete", leftOut.IsEmpty);
        writer.WriteStartArray("leftOut");
        foreach (var part in leftOut)
        {
            writer.WriteStartObject();
            writer.WriteString("path", part.Path);
            writer.WriteString("code", part.Code);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("results");
        foreach (var result in results)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(result, nameof(results));
            WriteResult(writer, result, leftOut);
            // Hand each result to the stream as it is written, so a large one is never held whole in memory.
            writer.Flush();
        }
        writer.WriteEndArray();
        JsonText.Findings(writer, "findings", findings);
        writer.WriteEndObject();
    }

    /// <summary>Writes results as an indented JSON string.</summary>
    /// <param name="asOf">The date the results are as of.</param>
    /// <param name="results">The evaluations, one per certification.</param>
    /// <param name="findings">The findings of reading the document; may be empty.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Write(LocalDate asOf, IEnumerable<CertificationEvaluation> results, IEnumerable<Finding> findings)
    {
        using var stream = new MemoryStream();
        Write(asOf, results, findings, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteRule(Utf8JsonWriter writer, PolicyRule rule)
    {
        writer.WriteString("rule", rule.RuleId);
        writer.WriteString("source", rule.Source.ToString());
        JsonText.Sources(writer, rule.Source);
    }

    private static void WriteResult(Utf8JsonWriter writer, CertificationEvaluation result, System.Collections.Immutable.ImmutableArray<Finding> leftOut)
    {
        writer.WriteStartObject();
        writer.WriteString("credential", result.Credential.Id);
        writer.WriteString("status", result.Status.ToId());
        bool qualified = Completeness.CouldChange(result.Status, leftOut);
        writer.WriteBoolean("statusQualified", qualified);
        if (qualified)
        {
            writer.WriteString("statusQualification", Completeness.Qualification(leftOut));
        }
        writer.WriteString("statusExplanation", result.StatusExplanation);
        writer.WriteString("statusRule", result.StatusRule.RuleId);
        writer.WriteBoolean("reliable", result.IsReliable);
        writer.WriteStartObject("policy");
        writer.WriteString("id", result.Policy.PolicyId);
        writer.WriteString("version", result.Policy.Version);
        // A version in force from the beginning has no date of its own (null), as in a policy file (left out).
        JsonText.Date(writer, "effectiveFrom", result.Policy.EffectiveFrom == LocalDate.MinIsoValue ? null : result.Policy.EffectiveFrom);
        writer.WriteEndObject();
        JsonText.Date(writer, "certifiedOn", result.Certification.CertifiedOn);
        JsonText.Date(writer, "expiresOn", result.ExpiresOn);
        writer.WriteStartObject("window");
        JsonText.Date(writer, "start", result.Window.Start);
        JsonText.Date(writer, "end", result.Window.End);
        writer.WriteEndObject();
        JsonText.Date(writer, "lastCeDay", result.LastCeDay);

        var step = result.NextStep;
        writer.WriteStartObject("nextStep");
        JsonText.NextStepMembers(writer, step);
        writer.WriteString("rule", step.Rule.RuleId);
        WriteArguments(writer, step.Arguments);
        writer.WriteEndObject();

        writer.WriteStartArray("routes");
        foreach (var route in result.Routes)
        {
            writer.WriteStartObject();
            writer.WriteString("route", route.Route.ToId());
            writer.WriteBoolean("open", route.IsOpen);
            writer.WriteBoolean("canSucceed", route.CanSucceed);
            JsonText.Date(writer, "lastDay", route.LastDay);
            writer.WriteString("code", route.Code);
            writer.WriteString("rule", route.Rule.RuleId);
            WriteArguments(writer, route.Arguments);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("deadlines");
        foreach (var deadline in result.Deadlines)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", deadline.Kind.ToId());
            JsonText.Date(writer, "date", deadline.Date);
            writer.WriteNumber("daysFromAsOf", deadline.DaysFromAsOf);
            JsonText.Route(writer, "route", deadline.Route);
            writer.WriteBoolean("applies", deadline.Applies);
            writer.WriteString("rule", deadline.Rule.RuleId);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        if (result.Exam is { } exam)
        {
            writer.WriteStartObject("exam");
            writer.WriteNumber("failedAttempts", exam.FailedAttempts);
            writer.WriteNumber("maxAttempts", exam.MaxAttempts);
            writer.WriteNumber("attemptsLeft", exam.AttemptsLeft);
            JsonText.Date(writer, "lastDayToApply", exam.Rule.LastDayToApply(result.ExpiresOn));
            JsonText.Date(writer, "lastDayToPass", exam.Rule.LastDayToPass(result.ExpiresOn));
            WriteRule(writer, exam.Rule);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("exam");
        }

        writer.WriteStartArray("requirements");
        foreach (var requirement in result.Requirements)
        {
            writer.WriteStartObject();
            writer.WriteString("id", requirement.RequirementId);
            writer.WriteString("kind", requirement.IsCap ? "cap" : "minimum");
            JsonText.Amount(writer, "required", requirement.Required);
            JsonText.Amount(writer, "counted", requirement.Counted);
            JsonText.Need(writer, "shortfall", requirement.Shortfall);
            JsonText.Amount(writer, "excluded", requirement.Excluded);
            writer.WriteString("unit", requirement.Unit.Id);
            writer.WriteBoolean("met", requirement.IsMet);
            WriteRule(writer, requirement.Rule);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("activities");
        foreach (var decision in result.Activities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", decision.ActivityId);
            writer.WriteString("unit", decision.Unit.Id);
            JsonText.Amount(writer, "submitted", decision.Submitted);
            writer.WriteStartArray("counted");
            foreach (var counted in decision.Counted)
            {
                writer.WriteStartObject();
                writer.WriteString("requirement", counted.RequirementId);
                JsonText.Amount(writer, "amount", counted.Amount);
                if (counted.Category is { } category)
                {
                    writer.WriteString("category", category.Id);
                }
                writer.WriteBoolean("approved", counted.Approved);
                writer.WriteStartArray("countsToward");
                foreach (var id in counted.CountsToward)
                {
                    writer.WriteStringValue(id);
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("notCounted");
            foreach (var notCounted in decision.NotCounted)
            {
                writer.WriteStartObject();
                JsonText.Amount(writer, "amount", notCounted.Amount);
                writer.WriteString("reason", notCounted.Reason.ToId());
                writer.WriteString("code", notCounted.Code);
                writer.WriteString("rule", notCounted.RuleId);
                writer.WriteString("source", notCounted.Source.ToString());
                WriteArguments(writer, notCounted.Arguments);
                JsonText.Sources(writer, notCounted.Source);
                writer.WriteString("message", notCounted.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("notes");
            foreach (var note in decision.Notes)
            {
                writer.WriteStringValue(note.Message);
            }
            writer.WriteEndArray();
            writer.WriteStartArray("noteDetails");
            foreach (var note in decision.Notes)
            {
                writer.WriteStartObject();
                writer.WriteString("code", note.Code);
                writer.WriteString("rule", note.RuleId);
                WriteArguments(writer, note.Arguments);
                writer.WriteString("message", note.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        var plan = result.Plan;
        writer.WriteStartObject("plan");
        JsonText.Need(writer, "total", plan.Total);
        JsonText.Need(writer, "approved", plan.Approved);
        writer.WriteStartObject("byCategory");
        foreach (var need in plan.ByCategory)
        {
            writer.WritePropertyName(need.Category.Id);
            writer.WriteRawValue(need.Amount.RoundedUp.ToString(), skipInputValidation: true);
        }
        writer.WriteEndObject();
        JsonText.Date(writer, "completeBy", plan.CompleteBy);
        writer.WriteString("unit", plan.Unit.Id);
        writer.WriteEndObject();

        writer.WriteStartArray("fees");
        foreach (var fee in result.Fees)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", fee.Kind.ToId());
            JsonText.Dollars(writer, "amount", fee.Amount);
            writer.WriteString("currency", "USD");
            WriteRule(writer, fee.Rule);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("notes");
        foreach (var note in result.Notes)
        {
            writer.WriteStartObject();
            writer.WriteString("code", note.Code);
            WriteArguments(writer, note.Arguments);
            writer.WriteString("message", note.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        JsonText.Findings(writer, "findings", result.Findings);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a decision's typed arguments as an object: dates as ISO dates, amounts as
    /// <c>{"amount": 2, "unit": "aama-point"}</c>, lengths of time as ISO 8601 periods (<c>P5Y</c>),
    /// counts and flags as numbers and booleans, identifiers as strings, lists as arrays.
    /// </summary>
    private static void WriteArguments(Utf8JsonWriter writer, ImmutableArray<DecisionArgument> arguments)
    {
        writer.WriteStartObject("arguments");
        foreach (var argument in arguments)
        {
            switch (argument.Value)
            {
                case LocalDate date:
                    JsonText.Date(writer, argument.Name, date);
                    break;
                case Credit credit:
                    writer.WriteStartObject(argument.Name);
                    JsonText.Amount(writer, "amount", credit.Amount);
                    writer.WriteString("unit", credit.Unit.Id);
                    writer.WriteEndObject();
                    break;
                case Period period:
                    writer.WriteString(argument.Name, NodaTime.Text.PeriodPattern.NormalizingIso.Format(period));
                    break;
                case int count:
                    writer.WriteNumber(argument.Name, count);
                    break;
                case long count:
                    writer.WriteNumber(argument.Name, count);
                    break;
                case decimal number:
                    writer.WriteNumber(argument.Name, number);
                    break;
                case bool flag:
                    writer.WriteBoolean(argument.Name, flag);
                    break;
                case ImmutableArray<string> list:
                    writer.WriteStartArray(argument.Name);
                    foreach (var item in list)
                    {
                        writer.WriteStringValue(item);
                    }
                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteString(argument.Name, argument.Value.ToString());
                    break;
            }
        }
        writer.WriteEndObject();
    }
}
