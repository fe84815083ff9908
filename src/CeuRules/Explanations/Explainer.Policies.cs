using System;
using System.Collections.Generic;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Explanations;

/// <summary>The words of a listing of policies: its columns, where each credential's policies come from, and each rule's sources.</summary>
public sealed partial class Explainer
{
    /// <summary>
    /// A column of a listing of policies: <c>credential</c>, <c>name</c>, <c>version</c>, <c>effectiveFrom</c>,
    /// <c>rules</c>, <c>unconfirmed</c>, <c>summary</c>, <c>rule</c>, <c>says</c> or <c>source</c>
    /// ("Effective from", "Vigente desde").
    /// </summary>
    /// <param name="columnId">The column's id.</param>
    /// <returns>The header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columnId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="columnId"/> is not a column of a listing of policies.</exception>
    public string PolicyColumn(string columnId)
    {
        Preconditions.CheckNotNull(columnId);
        return Find("Policies.Column." + columnId) ?? throw new ArgumentException($"'{PlainText.Escape(columnId)}' is not a column of a listing of policies.", nameof(columnId));
    }

    /// <summary>The date a policy version takes effect, in words, or "the earliest cycles" for a first version that governs every cycle before the next.</summary>
    /// <param name="policy">The policy version.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public string EffectiveFrom(CredentialPolicy policy) =>
        Preconditions.CheckNotNull(policy).EffectiveFrom == LocalDate.MinIsoValue ? Get("Policies.Earliest") : Date(policy.EffectiveFrom);

    /// <summary>A policy version as a heading: "aama-cma@2020, in effect from January 1, 2020".</summary>
    /// <param name="policy">The policy version.</param>
    /// <returns>The heading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public string PolicyHeading(CredentialPolicy policy) => Preconditions.CheckNotNull(policy).EffectiveFrom == LocalDate.MinIsoValue
        ? Format("Policies.Heading.Earliest", policy.PolicyId)
        : Format("Policies.Heading", policy.PolicyId, Date(policy.EffectiveFrom));

    /// <summary>
    /// A policy version's summary in the reader's language: its translation when the policy has one
    /// (<see cref="CredentialPolicy.SummaryTranslations"/>), else the policy's own text; null when it has none.
    /// </summary>
    /// <param name="policy">The policy version.</param>
    /// <returns>The summary, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public string? PolicySummary(CredentialPolicy policy) =>
        Preconditions.CheckNotNull(policy).SummaryTranslations.TryGetValue(Culture.TwoLetterISOLanguageName, out var translated) ? translated : policy.Summary;

    /// <summary>
    /// Where a credential's policies come from: "aama-cma comes from the built-in file aama-cma.policy.json.",
    /// a file with the start of its SHA-256, or policies given in code.
    /// </summary>
    /// <param name="credential">The credential.</param>
    /// <param name="origin">Where its policies come from.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string PolicyOrigin(Credential credential, PolicyOrigin origin)
    {
        Preconditions.CheckNotNull(credential);
        Preconditions.CheckNotNull(origin);
        string from = origin.Kind switch
        {
            PolicyOriginKind.BuiltIn => Format("Policies.Origin.BuiltIn", origin.File!),
            PolicyOriginKind.File => Format("Policies.Origin.File", origin.File!, origin.Sha256![..12]),
            _ => Get("Policies.Origin.Code"),
        };
        return Format("Policies.Origin", credential.Id, from);
    }

    /// <summary>The line under a listing of versions that says how to see every rule: "Every rule with its source: ceurules policies CREDENTIAL".</summary>
    /// <param name="command">The command that lists them.</param>
    /// <returns>The line.</returns>
    public string EveryRuleHint(string command) => Format("Policies.Hint", Preconditions.CheckNotNull(command));

    /// <summary>What a version without the rule shows in the rule's history: "This version has no such rule.".</summary>
    public string NoSuchRule => Get("Policies.NoRule");

    /// <summary>The word that introduces each further source of a rule after the first: "Also:", "También:".</summary>
    public string FurtherSource => Get("Policies.Also");

    /// <summary>The named document a source is found in: "document: Handbook p. 12".</summary>
    /// <param name="document">The document, as the policy names it.</param>
    /// <returns>The words.</returns>
    public string SourceDocument(string document) => Format("Policies.Document", Preconditions.CheckNotNull(document));

    /// <summary>
    /// What an auditor weighs about a source, in a list: whose document it is, its date or revision, and
    /// whether it is unconfirmed or superseded ("the body's own source, 2024, unconfirmed"); empty when none applies.
    /// </summary>
    /// <param name="source">The source.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public string SourceStanding(RuleSource source)
    {
        Preconditions.CheckNotNull(source);
        var details = new List<string>(4);
        if (source.Authority is { } authority)
        {
            details.Add(AuthorityName(authority));
        }
        if (source.Revision is { } revision)
        {
            details.Add(revision);
        }
        if (!source.Confirmed)
        {
            details.Add(Get("Policies.Unconfirmed"));
        }
        if (source.Superseded)
        {
            details.Add(Get("Policies.Superseded"));
        }
        return string.Join(Get("List.Separator"), details);
    }
}
