using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CeuRules.Web.Services;

/// <summary>One activity typed into the form: each field as the person typed it.</summary>
internal sealed class FormActivity
{
    internal string Title { get; set; } = string.Empty;

    internal string Kind { get; set; } = "course";

    internal string CompletedOn { get; set; } = string.Empty;

    internal string Amount { get; set; } = string.Empty;

    internal string Unit { get; set; } = "aama-point";

    internal string Category { get; set; } = "general";

    /// <summary>Body ids that approved the credit, separated by commas or spaces (<c>aama</c>).</summary>
    internal string ApprovedBy { get; set; } = string.Empty;
}

/// <summary>
/// The "enter activities" form of My certification. It is written as the documented JSON transcript and read
/// by the same reader as a file, so a field typed wrong gets the reader's own coded finding at its path
/// (<c>activities[2].credits[0].amount</c>), shown beside that field; the form decides nothing itself.
/// </summary>
internal sealed class TranscriptForm
{
    /// <summary>The activity kinds the form offers, as the JSON format names them.</summary>
    internal static IReadOnlyList<string> Kinds { get; } =
        ["course", "conference", "self-study", "publication", "college-course", "employer-training", "employment"];

    /// <summary>The credit units the form offers.</summary>
    internal static IReadOnlyList<string> Units { get; } = [.. CeuRules.Model.CreditUnit.BuiltIn.Select(u => u.Id)];

    /// <summary>The built-in categories the form offers.</summary>
    internal static IReadOnlyList<string> Categories { get; } = [.. CeuRules.Model.Category.BuiltIn.Select(c => c.Id)];

    /// <summary>
    /// The categories the form offers with their names in the reader's language: the built-in ones, then each
    /// category a policy of <paramref name="policies"/> lists, named as that policy names it (a custom
    /// policy's own names, in the reader's language where it gives them).
    /// </summary>
    internal static IReadOnlyList<(string Id, string Name)> CategoryChoices(CeuRules.Policies.PolicyCatalog policies, CeuRules.Explanations.Explainer words)
    {
        var choices = new List<(string Id, string Name)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in Categories)
        {
            seen.Add(id);
            choices.Add((id, words.CategoryName(new CeuRules.Model.Category(id))));
        }
        foreach (var policy in policies.Policies)
        {
            foreach (var category in policy.Categories?.Categories ?? [])
            {
                if (category.Id is { } id && seen.Add(id))
                {
                    choices.Add((id, words.CategoryName(category, policy)));
                }
            }
        }
        return choices;
    }

    internal string Credential { get; set; } = "aama-cma";

    internal string CertifiedOn { get; set; } = string.Empty;

    internal bool Member { get; set; }

    internal List<FormActivity> Activities { get; } = [new FormActivity()];

    /// <summary>The form as a JSON transcript document (UTF-8), numbers written as numbers only when they are numbers.</summary>
    internal byte[] ToJson(string? asOf)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            if (!string.IsNullOrWhiteSpace(asOf))
            {
                json.WriteString("asOf", asOf);
            }
            json.WriteStartArray("certifications");
            json.WriteStartObject();
            json.WriteString("credential", Credential);
            json.WriteString("certifiedOn", CertifiedOn.Trim());
            json.WriteBoolean("member", Member);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("activities");
            for (int i = 0; i < Activities.Count; i++)
            {
                var activity = Activities[i];
                json.WriteStartObject();
                json.WriteString("id", $"a{i + 1}");
                if (activity.Title.Trim().Length > 0)
                {
                    json.WriteString("title", activity.Title.Trim());
                }
                json.WriteString("kind", activity.Kind);
                json.WriteString("completedOn", activity.CompletedOn.Trim());
                json.WriteStartArray("credits");
                json.WriteStartObject();
                // A number is written as one; anything else as the text typed, which the reader reports where it is.
                if (decimal.TryParse(activity.Amount.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal amount))
                {
                    json.WriteNumber("amount", amount);
                }
                else
                {
                    json.WriteString("amount", activity.Amount.Trim());
                }
                json.WriteString("unit", activity.Unit);
                json.WriteString("category", activity.Category);
                var approvedBy = activity.ApprovedBy.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (approvedBy.Length > 0)
                {
                    json.WriteStartArray("approvedBy");
                    foreach (var body in approvedBy)
                    {
                        json.WriteStringValue(body.ToLowerInvariant());
                    }
                    json.WriteEndArray();
                }
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>The findings at <c>activities[i]</c> or below it, for showing beside that row of the form.</summary>
    internal static IEnumerable<Finding> At(IEnumerable<Finding> findings, int activity) =>
        findings.Where(f => f.Path == $"activities[{activity}]" || f.Path.StartsWith($"activities[{activity}].", StringComparison.Ordinal));

    /// <summary>The findings not under any activity (the certification, the document).</summary>
    internal static IEnumerable<Finding> Outside(IEnumerable<Finding> findings) =>
        findings.Where(f => !f.Path.StartsWith("activities[", StringComparison.Ordinal));
}
