using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Json;

/// <summary>
/// Writes a listing of policy versions in its JSON layout (docs/cli.md, <c>policies</c>): each version of
/// each credential with its rules, and each rule with its source — every field of the source, null or false
/// where it has none, the first source with its further sources. <c>ceurules policies --format json</c> and
/// the HTTP service's <c>/v1/policies</c> both write it here.
/// </summary>
/// <remarks>This type is stateless and thread-safe. To write a policy so that it can be read back, use <see cref="PolicyJsonWriter"/>.</remarks>
public static class PolicyListingJsonWriter
{
    /// <summary>Writes every version of the given credentials to a stream as indented UTF-8 JSON.</summary>
    /// <param name="credentials">The credentials to list, in order.</param>
    /// <param name="catalog">The catalog whose versions are listed.</param>
    /// <param name="stream">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no policy for one of the credentials.</exception>
    public static void Write(IEnumerable<Credential> credentials, PolicyCatalog catalog, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, JsonText.Indented);
        writer.WriteStartObject();
        writer.WriteStartArray("policies");
        foreach (var credential in credentials)
        {
            var origin = catalog.OriginOf(credential);
            foreach (var policy in catalog.VersionsOf(credential))
            {
                Policy(writer, policy, origin);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes every version of the given credentials as an indented JSON string.</summary>
    /// <param name="credentials">The credentials to list, in order.</param>
    /// <param name="catalog">The catalog whose versions are listed.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no policy for one of the credentials.</exception>
    public static string Write(IEnumerable<Credential> credentials, PolicyCatalog catalog)
    {
        using var buffer = new MemoryStream();
        Write(credentials, catalog, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Writes the dated values of one rule (<see cref="PolicyCatalog.History"/>) as indented UTF-8 JSON:
    /// <c>{ "ruleId": ..., "history": [ { "effectiveFrom", "version", "policyId", "description", "source" } ] }</c>,
    /// the description and source null from a version without the rule.
    /// </summary>
    /// <param name="ruleId">The rule id, for example "aama-cma/ce-time-limit".</param>
    /// <param name="history">Its history.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string WriteHistory(string ruleId, IEnumerable<RuleHistoryEntry> history)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(history);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonText.Indented))
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", ruleId);
            writer.WriteStartArray("history");
            foreach (var entry in history)
            {
                writer.WriteStartObject();
                JsonText.Date(writer, "effectiveFrom", entry.EffectiveFrom == LocalDate.MinIsoValue ? null : entry.EffectiveFrom);
                writer.WriteString("version", entry.Policy.Version);
                writer.WriteString("policyId", entry.Policy.PolicyId);
                writer.WriteString("description", entry.Rule is null ? null : Explainer.English.Rule(entry.Rule, entry.Policy));
                writer.WritePropertyName("source");
                if (entry.Rule is { } rule)
                {
                    Source(writer, rule.Source, first: true);
                }
                else
                {
                    writer.WriteNullValue();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Policy(Utf8JsonWriter writer, CredentialPolicy policy, PolicyOrigin origin)
    {
        writer.WriteStartObject();
        writer.WriteString("credential", policy.Credential.Id);
        writer.WriteString("acronym", policy.Credential.Acronym);
        writer.WriteString("name", policy.Credential.Name);
        writer.WriteString("body", policy.Credential.Body.Id);
        writer.WriteString("version", policy.Version);
        writer.WriteString("policyId", policy.PolicyId);
        JsonText.Date(writer, "effectiveFrom", policy.EffectiveFrom == LocalDate.MinIsoValue ? null : policy.EffectiveFrom);
        writer.WriteString("summary", policy.Summary);
        writer.WriteStartObject("origin");
        writer.WriteString("kind", origin.KindId);
        writer.WriteString("file", origin.File);
        writer.WriteString("sha256", origin.Sha256);
        writer.WriteEndObject();
        writer.WriteStartArray("rules");
        foreach (var rule in policy.Rules())
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.RuleId);
            writer.WriteString("description", Explainer.English.Rule(rule, policy));
            writer.WritePropertyName("source");
            Source(writer, rule.Source, first: true);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Source(Utf8JsonWriter writer, RuleSource source, bool first)
    {
        writer.WriteStartObject();
        writer.WriteString("citation", source.Citation);
        writer.WriteBoolean("confirmed", source.Confirmed);
        writer.WriteString("note", source.Note);
        writer.WriteString("url", source.Url?.OriginalString);
        writer.WriteString("document", source.Document);
        writer.WriteString("revision", source.Revision);
        writer.WriteString("authority", source.Authority?.ToId());
        writer.WriteBoolean("superseded", source.Superseded);
        if (first)
        {
            writer.WriteStartArray("furtherSources");
            foreach (var further in source.FurtherSources)
            {
                Source(writer, further, first: false);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
