using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using NodaTime.Text;

namespace CeuRules.Json;

/// <summary>
/// Writes the versions of one credential's policy as a policy file (docs/custom-policies.md) that
/// <see cref="PolicyJsonReader"/> reads back to policies that evaluate identically.
/// </summary>
/// <remarks>
/// <para>The output is indented with "\n" line ends and deterministic: versions by effective date,
/// fields in a fixed order, rule ids and sources written only where they differ from the defaults
/// (the rule id "credential-id/part" and the file's source, the source most of the rules share).</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class PolicyJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for people to read and edit, never embedded in HTML
    };

    /// <summary>Writes every version of one credential's policy as a policy file.</summary>
    /// <param name="versions">The versions; at least one, all of the same credential, none sharing an effective date.</param>
    /// <returns>The policy file, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="versions"/> is empty, holds null, or holds versions of different credentials.</exception>
    public static string Write(IEnumerable<CredentialPolicy> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var list = versions.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one version is needed.", nameof(versions));
        }
        if (list.Any(v => v is null))
        {
            throw new ArgumentException("A version is null.", nameof(versions));
        }
        var credential = list[0].Credential;
        if (list.Any(v => !v.Credential.Equals(credential)))
        {
            throw new ArgumentException($"A policy file holds the versions of one credential; these are of {string.Join(", ", list.Select(v => v.Credential.Id).Distinct(StringComparer.Ordinal))}.", nameof(versions));
        }
        var ordered = list.OrderBy(v => v.EffectiveFrom).ToList();
        var fileSource = MostCommon(ordered.SelectMany(v => v.Rules()).Select(r => r.Source));

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            var parts = new Parts(writer, credential.Id, fileSource);
            writer.WriteStartObject();
            writer.WriteStartObject("credential");
            writer.WriteString("id", credential.Id);
            writer.WriteString("acronym", credential.Acronym);
            writer.WriteString("name", credential.Name);
            writer.WriteStartObject("body");
            writer.WriteString("id", credential.Body.Id);
            writer.WriteString("acronym", credential.Body.Acronym);
            writer.WriteString("name", credential.Body.Name);
            if (!credential.Body.InSentence.IsEmpty)
            {
                writer.WriteStartObject("inSentence");
                foreach (var (language, text) in credential.Body.InSentence)
                {
                    writer.WriteString(language, text);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
            Parts.Source(writer, "source", fileSource);
            writer.WriteStartArray("versions");
            foreach (var version in ordered)
            {
                parts.Version(version);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
#if NET9_0_OR_GREATER
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
#else
        // .NET 8 has no JsonWriterOptions.NewLine: line ends are only the indentation's, since strings escape theirs.
        return Encoding.UTF8.GetString(buffer.WrittenSpan).ReplaceLineEndings("\n") + "\n";
#endif
    }

    /// <summary>The most frequent source, the earliest on a tie.</summary>
    private static RuleSource MostCommon(IEnumerable<RuleSource> sources)
    {
        var counts = new List<(RuleSource Source, int Count)>();
        foreach (var source in sources)
        {
            int index = counts.FindIndex(c => c.Source.Equals(source));
            if (index < 0)
            {
                counts.Add((source, 1));
            }
            else
            {
                counts[index] = (source, counts[index].Count + 1);
            }
        }
        var best = counts[0];
        foreach (var entry in counts)
        {
            if (entry.Count > best.Count)
            {
                best = entry;
            }
        }
        return best.Source;
    }

    private sealed class Parts(Utf8JsonWriter writer, string credentialId, RuleSource fileSource)
    {
        internal void Version(CredentialPolicy policy)
        {
            writer.WriteStartObject();
            writer.WriteString("version", policy.Version);
            if (policy.EffectiveFrom != LocalDate.MinIsoValue)
            {
                writer.WriteString("effectiveFrom", JsonText.Iso(policy.EffectiveFrom));
            }
            if (policy.Summary is not null)
            {
                writer.WriteString("summary", policy.Summary);
                Translations("summaryTranslations", policy.SummaryTranslations);
            }

            writer.WriteStartObject("expiration");
            PeriodField("cycle", policy.Expiration.CycleLength);
            writer.WriteString("convention", PolicyJsonNames.ToId(policy.Expiration.Convention));
            Tail(policy.Expiration, "expiration");
            writer.WriteEndObject();

            Window("window", policy.Window, policy.Window.Start, policy.Window.Lookback, "window");
            if (policy.ReactivationWindow is { } reactivation)
            {
                Window("reactivationWindow", reactivation, reactivation.Start, reactivation.Lookback, "reactivation-window");
            }

            Units(policy.Units);

            if (policy.Categories is { } categories)
            {
                writer.WriteStartObject("categories");
                writer.WriteStartArray("ids");
                foreach (var category in categories.Categories)
                {
                    writer.WriteStringValue(category.Id);
                }
                writer.WriteEndArray();
                writer.WriteBoolean("required", categories.Required);
                if (!categories.Names.IsEmpty)
                {
                    writer.WriteStartObject("names");
                    foreach (var (category, byLanguage) in categories.Names)
                    {
                        writer.WriteStartObject(category.Id);
                        foreach (var (language, name) in byLanguage)
                        {
                            writer.WriteString(language, name);
                        }
                        writer.WriteEndObject();
                    }
                    writer.WriteEndObject();
                }
                Tail(categories, "categories");
                writer.WriteEndObject();
            }

            if (!policy.KindNames.IsEmpty)
            {
                writer.WriteStartObject("kinds");
                foreach (var (kind, byLanguage) in policy.KindNames)
                {
                    writer.WriteStartObject(kind.Id);
                    foreach (var (language, name) in byLanguage)
                    {
                        writer.WriteStartObject(language);
                        writer.WriteString("one", name.One);
                        writer.WriteString("other", name.Other);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            }

            if (!policy.Requirements.IsEmpty)
            {
                writer.WriteStartArray("requirements");
                foreach (var requirement in policy.Requirements)
                {
                    writer.WriteStartObject();
                    switch (requirement)
                    {
                        case CategoryMinimum byCategory:
                            writer.WriteString("type", "category");
                            writer.WriteString("category", byCategory.Category.Id);
                            break;
                        case ApprovedMinimum:
                            writer.WriteString("type", "approved");
                            break;
                        default:
                            writer.WriteString("type", "total");
                            break;
                    }
                    JsonText.Amount(writer, "minimum", requirement.Minimum);
                    Tail(requirement, requirement.RequirementId);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }

            if (policy.NonApprovedCap is { } cap)
            {
                writer.WriteStartObject("nonApprovedCap");
                JsonText.Amount(writer, "limit", cap.Limit);
                Tail(cap, "non-approved-cap");
                writer.WriteEndObject();
            }

            if (policy.CprCards is { } cpr)
            {
                writer.WriteStartObject("cprCards");
                JsonText.Amount(writer, "creditPerCard", cpr.CreditPerCard);
                writer.WriteString("category", cpr.Category.Id);
                writer.WriteNumber("validMonths", cpr.RequiredValidMonths);
                writer.WriteNumber("maxCards", cpr.MaxCards);
                writer.WriteBoolean("countsAsApproved", cpr.CountsAsApproved);
                if (cpr.Kind != LearningActivityKind.CprCard)
                {
                    writer.WriteString("kind", cpr.Kind.Id);
                }
                Tail(cpr, "cpr-cards");
                writer.WriteEndObject();
            }

            if (policy.NonApprovedDuration is { } duration)
            {
                writer.WriteStartObject("nonApprovedDuration");
                writer.WriteNumber("minimumMinutes", duration.MinimumMinutes);
                writer.WriteNumber("minutesPerUnit", duration.MinutesPerUnit);
                Tail(duration, "non-approved-duration");
                writer.WriteEndObject();
            }

            if (policy.SelfStudy is { } selfStudy)
            {
                writer.WriteStartObject("selfStudy");
                PeriodField("completeWithin", selfStudy.CompleteWithin);
                if (selfStudy.Kind != LearningActivityKind.SelfStudy)
                {
                    writer.WriteString("kind", selfStudy.Kind.Id);
                }
                Tail(selfStudy, "self-study");
                writer.WriteEndObject();
            }

            if (policy.NotAcceptedKinds is { } notAccepted)
            {
                writer.WriteStartObject("notAcceptedKinds");
                writer.WriteStartArray("kinds");
                foreach (var kind in notAccepted.Kinds)
                {
                    writer.WriteStringValue(kind.Id);
                }
                writer.WriteEndArray();
                Tail(notAccepted, "not-accepted");
                writer.WriteEndObject();
            }

            if (!policy.Cutoffs.IsEmpty)
            {
                writer.WriteStartArray("cutoffs");
                foreach (var cutoff in policy.Cutoffs)
                {
                    writer.WriteStartObject();
                    writer.WriteString("kind", cutoff.Kind.Id);
                    writer.WriteString("lastDay", JsonText.Iso(cutoff.LastDay));
                    Tail(cutoff, PolicyJsonNames.CutoffPart(cutoff.Kind.Id));
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }

            if (policy.RecurringTraining is { } recurring)
            {
                writer.WriteStartObject("recurringTraining");
                writer.WriteString("kind", recurring.Kind.Id);
                PeriodField("countsOncePer", recurring.CountsOncePer);
                Tail(recurring, "recurring-training");
                writer.WriteEndObject();
            }

            writer.WriteStartObject("ceTimeLimit");
            if (policy.CeTimeLimit.Length is { } length)
            {
                PeriodField("length", length);
            }
            else
            {
                writer.WriteNull("length");
            }
            if (policy.CeTimeLimit.Transition is { } transition)
            {
                writer.WriteStartObject("transition");
                writer.WriteString("deemedExpiration", JsonText.Iso(transition.DeemedExpiration));
                Tail(transition, "ce-time-limit-transition");
                writer.WriteEndObject();
            }
            if (policy.CeTimeLimit.RouteAfterExpiration != RecertificationRoute.ContinuingEducation)
            {
                writer.WriteString("afterExpiration", PolicyJsonNames.AfterExpirationId(policy.CeTimeLimit.RouteAfterExpiration));
            }
            Tail(policy.CeTimeLimit, "ce-time-limit");
            writer.WriteEndObject();

            if (policy.ExamRoute is { } exam)
            {
                writer.WriteStartObject("examRoute");
                writer.WriteNumber("maxAttempts", exam.MaxAttempts);
                if (exam.PassBeforeExpiration is { } pass && exam.ApplyBeforeExpiration is { } apply)
                {
                    PeriodField("passBeforeExpiration", pass);
                    PeriodField("applyBeforeExpiration", apply);
                }
                writer.WriteString("whenExhausted", exam.WhenExhausted);
                Translations("whenExhaustedTranslations", exam.WhenExhaustedTranslations);
                if (exam.OnlyAfterLapse)
                {
                    writer.WriteBoolean("onlyAfterLapse", true);
                }
                Tail(exam, "exam");
                writer.WriteEndObject();
            }

            if (!policy.Fees.IsEmpty)
            {
                writer.WriteStartArray("fees");
                foreach (var fee in policy.Fees)
                {
                    writer.WriteStartObject();
                    string kind = PolicyJsonNames.ToId(fee.Kind);
                    writer.WriteString("kind", kind);
                    JsonText.Dollars(writer, "member", fee.Member);
                    JsonText.Dollars(writer, "nonMember", fee.NonMember);
                    Tail(fee, PolicyJsonNames.FeePart(kind));
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }

        private void Window(string name, PolicyRule rule, WindowStart start, Period? lookback, string part)
        {
            writer.WriteStartObject(name);
            writer.WriteString("start", PolicyJsonNames.ToId(start));
            if (lookback is not null)
            {
                PeriodField("lookback", lookback);
            }
            Tail(rule, part);
            writer.WriteEndObject();
        }

        private void Units(UnitRule units)
        {
            writer.WriteStartObject("units");
            writer.WriteString("unit", units.Unit.Id);
            if (!string.Equals(units.SingularName, units.PluralName, StringComparison.Ordinal))
            {
                writer.WriteString("singular", units.SingularName);
            }
            if (!string.Equals(units.PluralName, units.Unit.Id, StringComparison.Ordinal))
            {
                writer.WriteString("plural", units.PluralName);
            }
            Translations("singularTranslations", units.SingularNameTranslations);
            Translations("pluralTranslations", units.PluralNameTranslations);
            if (!units.Genders.IsEmpty)
            {
                writer.WriteStartObject("genders");
                foreach (var (language, gender) in units.Genders)
                {
                    writer.WriteString(language, PolicyJsonNames.ToId(gender));
                }
                writer.WriteEndObject();
            }
            if (!units.Conversions.IsEmpty)
            {
                writer.WriteStartArray("conversions");
                foreach (var conversion in units.Conversions)
                {
                    writer.WriteStartObject();
                    writer.WriteString("from", conversion.From.Id);
                    writer.WritePropertyName("factor");
                    writer.WriteRawValue(conversion.Factor.ToString("0.##", CultureInfo.InvariantCulture), skipInputValidation: true);
                    if (conversion.CountsAsNonApproved)
                    {
                        writer.WriteBoolean("countsAsNonApproved", true);
                    }
                    if (conversion.ImpliedMinutesPerUnit is { } minutes)
                    {
                        writer.WriteNumber("impliedMinutesPerUnit", minutes);
                    }
                    Tail(conversion, conversion.From.Id);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            if (units.FromDuration is { } fromDuration)
            {
                writer.WriteStartObject("fromDuration");
                writer.WriteNumber("minutesPerUnit", fromDuration.MinutesPerUnit);
                Tail(fromDuration, "duration");
                writer.WriteEndObject();
            }
            Tail(units, "units");
            writer.WriteEndObject();
        }

        /// <summary>Writes texts by language code as an object named <paramref name="name"/>, or nothing when there are none.</summary>
        private void Translations(string name, ImmutableSortedDictionary<string, string> texts)
        {
            if (texts.IsEmpty)
            {
                return;
            }
            writer.WriteStartObject(name);
            foreach (var (language, text) in texts)
            {
                writer.WriteString(language, text);
            }
            writer.WriteEndObject();
        }

        private void PeriodField(string name, Period period) => writer.WriteString(name, PeriodPattern.Roundtrip.Format(period));

        /// <summary>Writes the rule id and source where they differ from the defaults.</summary>
        private void Tail(PolicyRule rule, string defaultPart)
        {
            if (!string.Equals(rule.RuleId, credentialId + "/" + defaultPart, StringComparison.Ordinal))
            {
                writer.WriteString("ruleId", rule.RuleId);
            }
            if (!rule.Source.Equals(fileSource))
            {
                Source(writer, "source", rule.Source);
            }
        }

        internal static void Source(Utf8JsonWriter writer, string name, RuleSource source)
        {
            writer.WritePropertyName(name);
            SourceValue(writer, source);
        }

        /// <summary>A source: its citation alone when it has nothing more, else an object with every field it has.</summary>
        private static void SourceValue(Utf8JsonWriter writer, RuleSource source)
        {
            if (source.Confirmed && source.Note is null && source.Url is null && source.Document is null && source.Revision is null
                && source.Authority is null && !source.Superseded && source.FurtherSources.IsEmpty)
            {
                writer.WriteStringValue(source.Citation);
                return;
            }
            writer.WriteStartObject();
            writer.WriteString("citation", source.Citation);
            if (source.Url is { } url)
            {
                writer.WriteString("url", url.OriginalString);
            }
            if (source.Document is { } document)
            {
                writer.WriteString("document", document);
            }
            if (source.Revision is { } revision)
            {
                writer.WriteString("revision", revision);
            }
            if (source.Authority is { } authority)
            {
                writer.WriteString("authority", authority.ToId());
            }
            writer.WriteBoolean("confirmed", source.Confirmed);
            if (source.Superseded)
            {
                writer.WriteBoolean("superseded", true);
            }
            if (source.Note is not null)
            {
                writer.WriteString("note", source.Note);
            }
            if (!source.FurtherSources.IsEmpty)
            {
                writer.WriteStartArray("furtherSources");
                foreach (var further in source.FurtherSources)
                {
                    SourceValue(writer, further);
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
    }
}
