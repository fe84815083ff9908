using System;
using System.Collections.Generic;
using System.Text.Json;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Workforce;

namespace CeuRules.Json;

/// <summary>
/// Writes the rows and the summary of a workforce report in its JSON layout (docs/hr-integration.md,
/// schema <c>batch-report</c>): one object per evaluated certification (with the next step the engine
/// decided for it), per certification without a policy and per malformed input line, and a summary of
/// the counts. The <c>ceurules batch</c> JSON
/// report and the HTTP service's JSON Lines both write their rows here, so the two never drift apart.
/// </summary>
/// <remarks>
/// This type is stateless and thread-safe; each call writes one complete JSON object to the writer it is
/// given. What is still missing and the plan are needs, so they are written rounded up to the hundredth
/// (never less than the exact need), as everywhere a person reads a need.
/// </remarks>
public static class WorkforceJsonWriter
{
    /// <summary>
    /// Writes every row of one input line of the workforce pipeline: one per evaluated certification and
    /// per certification without a policy, with the line's findings; or the malformed line's row with its errors.
    /// </summary>
    /// <param name="writer">The writer; the objects are written at its current position, one after the other.</param>
    /// <param name="row">The line's row, from <see cref="WorkforceEvaluator.EvaluateInOrderAsync{TInput}"/>.</param>
    /// <param name="afterEach">Called after each object (to end a JSON Lines line, for example); may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="row"/> is null.</exception>
    public static void WriteRow(Utf8JsonWriter writer, WorkforceRow row, Action<Utf8JsonWriter>? afterEach = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(row);
        if (row.Evaluation is not { } person)
        {
            WriteMalformed(writer, row.Line, row.Reason, row.Findings);
            afterEach?.Invoke(writer);
            return;
        }
        string findings = row.FindingList;
        foreach (var result in person.Results)
        {
            WriteEvaluated(writer, row.Line, person.PersonId, result, findings);
            afterEach?.Invoke(writer);
        }
        foreach (var certification in person.NotEvaluated)
        {
            WriteNotEvaluated(writer, row.Line, person.PersonId, certification, findings);
            afterEach?.Invoke(writer);
        }
    }

    /// <summary>Writes the row of one evaluated certification.</summary>
    /// <param name="writer">The writer; an object is written at its current position.</param>
    /// <param name="line">The input line (1-based) the person was read from.</param>
    /// <param name="personId">The person's id.</param>
    /// <param name="result">The evaluation.</param>
    /// <param name="findings">The reader's findings for the line ("path [code]", separated by "; "), or empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteEvaluated(Utf8JsonWriter writer, long line, string personId, CertificationEvaluation result, string findings)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(personId);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(findings);
        writer.WriteStartObject();
        writer.WriteNumber("line", line);
        writer.WriteString("personId", personId);
        writer.WriteString("credential", result.Credential.Id);
        writer.WriteString("status", result.Status.ToId());
        JsonText.Date(writer, "certifiedOn", result.Certification.CertifiedOn);
        JsonText.Date(writer, "expiresOn", result.ExpiresOn);
        JsonText.Date(writer, "lastCeDay", result.LastCeDay);
        writer.WriteStartObject("nextStep");
        JsonText.NextStepMembers(writer, result.NextStep);
        writer.WriteEndObject();
        if (result.NextDeadline is { } next)
        {
            writer.WriteStartObject("nextDeadline");
            writer.WriteString("kind", next.Kind.ToId());
            JsonText.Date(writer, "date", next.Date);
            writer.WriteNumber("daysFromAsOf", next.DaysFromAsOf);
            writer.WriteEndObject();
        }
        writer.WriteStartObject("missing");
        foreach (var requirement in result.Requirements)
        {
            if (!requirement.IsMet)
            {
                RoundedUp(writer, requirement.RequirementId, requirement.Shortfall);
            }
        }
        writer.WriteEndObject();
        RoundedUp(writer, "planTotal", result.Plan.Total);
        RoundedUp(writer, "planApproved", result.Plan.Approved);
        writer.WriteString("unit", result.Plan.Unit.Id);
        Findings(writer, findings);
        writer.WriteEndObject();
    }

    /// <summary>Writes the row of a certification that was not evaluated because no policy covers its credential.</summary>
    /// <param name="writer">The writer; an object is written at its current position.</param>
    /// <param name="line">The input line (1-based) the person was read from.</param>
    /// <param name="personId">The person's id.</param>
    /// <param name="certification">The certification left unevaluated.</param>
    /// <param name="findings">The reader's findings for the line, or empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteNotEvaluated(Utf8JsonWriter writer, long line, string personId, Certification certification, string findings)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(personId);
        ArgumentNullException.ThrowIfNull(certification);
        ArgumentNullException.ThrowIfNull(findings);
        writer.WriteStartObject();
        writer.WriteNumber("line", line);
        writer.WriteString("personId", personId);
        writer.WriteString("error", NoPolicy(certification));
        Findings(writer, findings);
        writer.WriteEndObject();
    }

    /// <summary>Writes the row of an input line that could not be read as a person.</summary>
    /// <param name="writer">The writer; an object is written at its current position.</param>
    /// <param name="line">The input line (1-based).</param>
    /// <param name="reason">Why the line was not evaluated, as one text.</param>
    /// <param name="errors">The findings that refused the line, written as an <c>errors</c> array; null to write none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="reason"/> is null.</exception>
    public static void WriteMalformed(Utf8JsonWriter writer, long line, string reason, IReadOnlyList<Finding>? errors)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reason);
        writer.WriteStartObject();
        writer.WriteNumber("line", line);
        writer.WriteNull("personId");
        writer.WriteString("error", reason);
        if (errors is not null)
        {
            JsonText.Findings(writer, "errors", errors);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes the summary object's members (<c>lines</c>, <c>people</c>, … <c>counts</c>) inside an object the caller has started.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="forecast">The workforce's counts.</param>
    /// <param name="lines">The input lines read.</param>
    /// <param name="people">The people evaluated.</param>
    /// <param name="malformedLines">The lines that could not be read as a person.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteSummaryMembers(Utf8JsonWriter writer, WorkforceForecast forecast, long lines, long people, long malformedLines)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(forecast);
        writer.WriteNumber("lines", lines);
        writer.WriteNumber("people", people);
        writer.WriteNumber("malformedLines", malformedLines);
        writer.WriteNumber("certifications", forecast.Certifications);
        writer.WriteNumber("notEvaluated", forecast.NotEvaluated);
        writer.WriteNumber("dueWithinDays", forecast.DueSoonCount);
        writer.WriteNumber("noRoute", forecast.NoRouteCount);
        writer.WriteStartArray("counts");
        foreach (var count in forecast.Counts)
        {
            writer.WriteStartObject();
            writer.WriteString("credential", count.CredentialId);
            writer.WriteString("status", count.Status.ToId());
            writer.WriteNumber("count", count.Count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    // The row's error for a certification no policy covers (the text is part of the layout).
    private static string NoPolicy(Certification certification) => $"no policy for the credential '{certification.Credential.Id}'";

    private static void RoundedUp(Utf8JsonWriter writer, string name, CreditAmount amount)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(amount.RoundedUp.ToString(), skipInputValidation: true);
    }

    private static void Findings(Utf8JsonWriter writer, string findings)
    {
        if (findings.Length > 0)
        {
            writer.WriteString("findings", findings);
        }
    }
}
