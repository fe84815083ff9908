using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using NodaTime;

namespace CeuRules.Json;

/// <summary>
/// Writes the validation of a course catalog in its JSON layout (docs/vendors.md): whether it is valid, the
/// as-of date, every finding of the reader and the validator, and what a learner earns from each offer per
/// credential. <c>ceurules validate-catalog --format json</c> and the HTTP service's catalog validation both
/// write it here. Amounts are exact: where one is not a whole number of hundredths (a time-based unit), a
/// sibling <c>{name}Exact</c> field holds it as a fraction, as in the result format (docs/formats.md).
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class CatalogValidationJsonWriter
{
    /// <summary>Writes the validation to a stream as indented UTF-8 JSON.</summary>
    /// <param name="asOf">The date whose policy versions the catalog was checked against.</param>
    /// <param name="findings">Every finding: the reader's, then the validator's.</param>
    /// <param name="validation">The validation, or null when the catalog had errors that kept it from being validated.</param>
    /// <param name="stream">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(LocalDate asOf, IReadOnlyList<Finding> findings, CatalogValidation? validation, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, JsonText.Indented);
        writer.WriteStartObject();
        writer.WriteBoolean("valid", Finding.AreValid(findings));
        JsonText.Date(writer, "asOf", asOf);
        JsonText.Findings(writer, "findings", findings);
        writer.WriteStartArray("yields");
        foreach (var yield in validation?.Yields ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("course", yield.CourseId);
            writer.WriteString("path", yield.Path);
            writer.WriteString("credential", yield.Credential.Id);
            writer.WriteString("policy", yield.PolicyId);
            writer.WriteString("unit", yield.Unit.Id);
            JsonText.Amount(writer, "total", yield.Total);
            writer.WriteString("description", yield.Description);
            writer.WriteStartArray("counted");
            foreach (var counted in yield.Counted)
            {
                writer.WriteStartObject();
                JsonText.Amount(writer, "amount", counted.Amount);
                writer.WriteString("category", counted.Category?.Id);
                writer.WriteBoolean("approved", counted.Approved);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("notCounted");
            foreach (var part in yield.NotCounted)
            {
                writer.WriteStartObject();
                JsonText.Amount(writer, "amount", part.Amount);
                writer.WriteString("reason", part.Reason.ToId());
                writer.WriteString("code", part.Code);
                writer.WriteString("rule", part.RuleId);
                writer.WriteString("message", part.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the validation as an indented JSON string.</summary>
    /// <param name="asOf">The date whose policy versions the catalog was checked against.</param>
    /// <param name="findings">Every finding: the reader's, then the validator's.</param>
    /// <param name="validation">The validation, or null when the catalog had errors that kept it from being validated.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    public static string Write(LocalDate asOf, IReadOnlyList<Finding> findings, CatalogValidation? validation)
    {
        using var buffer = new MemoryStream();
        Write(asOf, findings, validation, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
