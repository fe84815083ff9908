using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Policies.BuiltIn;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Policies;

/// <summary>
/// The policy versions known for each credential, and which one governs a cycle: the latest version
/// whose effective date is on or before the cycle's expiration (a cycle expiring before every
/// version's effective date is governed by the earliest version).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PolicyCatalog
{
    /// <summary>Read once, at first use: a damaged file throws when the catalog is asked for, not when the type loads.</summary>
    private static readonly Lazy<PolicyCatalog> BuiltInCatalog = new(BuiltInPolicyFiles.Catalog, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, ImmutableArray<CredentialPolicy>> versionsByCredential;
    private readonly Dictionary<string, PolicyOrigin> origins;

    /// <summary>Creates a catalog of policy versions.</summary>
    /// <param name="policies">The policy versions; at most one per credential and effective date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="ArgumentException">A policy is null or inconsistent, two versions of a credential share an
    /// effective date or a version name, or two credentials share an id but differ.</exception>
    public PolicyCatalog(IEnumerable<CredentialPolicy> policies)
        : this(policies, null)
    {
    }

    /// <summary>Creates a catalog whose credentials came from <paramref name="origins"/> (by credential id; code when absent).</summary>
    internal PolicyCatalog(IEnumerable<CredentialPolicy> policies, IReadOnlyDictionary<string, PolicyOrigin>? origins)
    {
        var all = Preconditions.CheckNotNull(policies).ToList();
        versionsByCredential = new Dictionary<string, ImmutableArray<CredentialPolicy>>(StringComparer.Ordinal);
        var problems = Inconsistencies(all.Select((p, i) => p ?? throw new ArgumentException($"The policy at index {i} is null.", nameof(policies))));
        if (problems.Count > 0)
        {
            throw new ArgumentException("The policies are inconsistent: " + string.Join(" ", problems.Select(p => p.Message)), nameof(policies));
        }
        foreach (var group in all.GroupBy(p => p.Credential.Id, StringComparer.Ordinal))
        {
            versionsByCredential.Add(group.Key, group.OrderBy(p => p.EffectiveFrom).ToImmutableArray());
        }
        Policies = versionsByCredential.Values.SelectMany(v => v).OrderBy(p => p.Credential.Id, StringComparer.Ordinal).ThenBy(p => p.EffectiveFrom).ToImmutableArray();
        Credentials = versionsByCredential.Values.Select(v => v[0].Credential).OrderBy(c => c.Id, StringComparer.Ordinal).ToImmutableArray();
        Kinds = [.. LearningActivityKind.BuiltIn, .. Policies.SelectMany(p => p.KindsNamed).Distinct().Except(LearningActivityKind.BuiltIn).Order()];
        this.origins = new Dictionary<string, PolicyOrigin>(StringComparer.Ordinal);
        foreach (var id in versionsByCredential.Keys)
        {
            this.origins.Add(id, origins is not null && origins.TryGetValue(id, out var origin) ? origin : PolicyOrigin.Code);
        }
    }

    /// <summary>
    /// The built-in policies: every version of the CMA (AAMA), RMA (AMT), CCMA (NHA) and NCMA (NCCT), read at
    /// first use from the policy files embedded in the library (the package's <c>policies/</c> folder holds
    /// the same files) by the reader of users' policy files.
    /// </summary>
    /// <exception cref="InvalidOperationException">A built-in policy file cannot be read: the library is damaged.</exception>
    public static PolicyCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>
    /// How <paramref name="policies"/> contradict one another or themselves, each by code with the English
    /// sentence of the refusal; empty when a catalog of them can be made. The readers word each by its code.
    /// </summary>
    internal static List<(PolicyInconsistency Problem, string Message)> Inconsistencies(IEnumerable<CredentialPolicy> policies)
    {
        var problems = new List<(PolicyInconsistency Problem, string Message)>();
        foreach (var group in policies.GroupBy(p => p.Credential.Id, StringComparer.Ordinal))
        {
            var versions = group.OrderBy(p => p.EffectiveFrom).ToImmutableArray();
            for (int i = 1; i < versions.Length; i++)
            {
                if (versions[i].EffectiveFrom == versions[i - 1].EffectiveFrom)
                {
                    problems.Add((new(PolicyInconsistency.SameEffectiveDate, versions[i - 1].PolicyId + ", " + versions[i].PolicyId), $"{versions[i - 1].PolicyId} and {versions[i].PolicyId} take effect on the same date."));
                }
            }
            if (versions.Select(v => v.Version).Distinct(StringComparer.Ordinal).Count() != versions.Length)
            {
                problems.Add((new(PolicyInconsistency.DuplicateVersion, group.Key), $"Two versions of {group.Key} share a version name."));
            }
            var credential = versions[0].Credential;
            if (versions.Any(v => v.Credential.Body.Id != credential.Body.Id || v.Credential.Acronym != credential.Acronym))
            {
                problems.Add((new(PolicyInconsistency.CredentialDisagrees, group.Key), $"The versions of {group.Key} disagree about the credential's body or acronym."));
            }
            problems.AddRange(versions.SelectMany(v => v.Problems()));
        }
        return problems;
    }

    /// <summary>
    /// A catalog with the policies of this one and <paramref name="policies"/>: the versions of a
    /// credential this catalog already has are replaced by the versions given for it.
    /// </summary>
    /// <param name="policies">The policies to add.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="ArgumentException">A policy is null or the result would be inconsistent (see the constructor).</exception>
    public PolicyCatalog With(IEnumerable<CredentialPolicy> policies) => With(policies, PolicyOrigin.Code);

    /// <summary>
    /// A catalog with the policies of this one and <paramref name="policies"/>, which came from
    /// <paramref name="origin"/>: the versions of a credential this catalog already has are replaced by the
    /// versions given for it.
    /// </summary>
    /// <param name="policies">The policies to add.</param>
    /// <param name="origin">Where they came from, for example the policy file they were read from.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A policy is null or the result would be inconsistent (see the constructor).</exception>
    public PolicyCatalog With(IEnumerable<CredentialPolicy> policies, PolicyOrigin origin)
    {
        var added = Preconditions.CheckNotNull(policies).ToList();
        Preconditions.CheckNotNull(origin);
        var replaced = new HashSet<string>(added.Where(p => p is not null).Select(p => p.Credential.Id), StringComparer.Ordinal);
        var newOrigins = new Dictionary<string, PolicyOrigin>(origins, StringComparer.Ordinal);
        foreach (var id in replaced)
        {
            newOrigins[id] = origin;
        }
        return new PolicyCatalog(Policies.Where(p => !replaced.Contains(p.Credential.Id)).Concat(added), newOrigins);
    }

    /// <summary>Where the versions of <paramref name="credential"/> came from.</summary>
    /// <param name="credential">The credential.</param>
    /// <returns>The origin: a built-in file, a file read at run time, or code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credential"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no policy for <paramref name="credential"/>.</exception>
    public PolicyOrigin OriginOf(Credential credential)
    {
        Preconditions.CheckArgument(origins.TryGetValue(Preconditions.CheckNotNull(credential).Id, out var origin),
            $"The catalog has no policy for the credential '{credential.Id}'.", nameof(credential));
        return origin!;
    }

    /// <summary>
    /// The dated values of one rule: the first version of its credential, then each later version whose
    /// rule of that id is not the earlier one's (a version that revises another repeats the rules it leaves
    /// unchanged), each with its effective date, value and source.
    /// </summary>
    /// <param name="ruleId">The rule id, for example "aama-cma/ce-time-limit".</param>
    /// <returns>The entries, by effective date; empty when no version of any credential has the rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public ImmutableArray<RuleHistoryEntry> History(string ruleId)
    {
        Preconditions.CheckNotNull(ruleId);
        int slash = ruleId.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !versionsByCredential.TryGetValue(ruleId[..slash], out var versions)
            || !versions.Any(v => v.Rules().Any(r => r.RuleId == ruleId)))
        {
            return ImmutableArray<RuleHistoryEntry>.Empty;
        }
        var entries = ImmutableArray.CreateBuilder<RuleHistoryEntry>();
        (PolicyRule? Rule, CredentialPolicy? Version) previous = (null, null);
        foreach (var version in versions)
        {
            var rule = version.Rules().FirstOrDefault(r => r.RuleId == ruleId);
            if (entries.Count == 0 || !Same(rule, version, previous.Rule, previous.Version))
            {
                entries.Add(new RuleHistoryEntry(version, rule));
            }
            previous = (rule, version);
        }
        return entries.ToImmutable();

        // A revision shares the rules it leaves unchanged; a file that writes each version whole repeats them,
        // stated alike (the same values say the same English sentence) and with the same source.
        static bool Same(PolicyRule? a, CredentialPolicy aVersion, PolicyRule? b, CredentialPolicy? bVersion) => ReferenceEquals(a, b)
            || (a is not null && b is not null && a.GetType() == b.GetType() && a.Source.Equals(b.Source)
                && Explainer.English.Rule(a, aVersion) == Explainer.English.Rule(b, bVersion!));
    }

    /// <summary>Every policy version, by credential id and then effective date.</summary>
    public ImmutableArray<CredentialPolicy> Policies { get; }

    /// <summary>The credentials the catalog has policies for, by id.</summary>
    public ImmutableArray<Credential> Credentials { get; }

    /// <summary>
    /// The kinds of activity the catalog knows: the built-in ones (<see cref="LearningActivityKind.BuiltIn"/>), then
    /// by id those its policies name or rule on (<see cref="CredentialPolicy.KindsNamed"/>). The readers of transcripts,
    /// catalogs and spreadsheets warn <c>unknown-kind</c> for any other.
    /// </summary>
    public ImmutableArray<LearningActivityKind> Kinds { get; }

    /// <summary>Finds a credential by its id (for example "aama-cma").</summary>
    /// <param name="id">The credential id.</param>
    /// <param name="credential">The credential, when found.</param>
    /// <returns>Whether the catalog has policies for that id.</returns>
    public bool TryGetCredential(string? id, out Credential credential)
    {
        if (id is not null && versionsByCredential.TryGetValue(id, out var versions))
        {
            credential = versions[0].Credential;
            return true;
        }
        credential = null!;
        return false;
    }

    /// <summary>Whether the catalog has policies for <paramref name="credential"/>.</summary>
    /// <param name="credential">The credential.</param>
    /// <returns>Whether it has.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credential"/> is null.</exception>
    public bool Contains(Credential credential) => versionsByCredential.ContainsKey(Preconditions.CheckNotNull(credential).Id);

    /// <summary>The versions of a credential's policy, by effective date.</summary>
    /// <param name="credential">The credential.</param>
    /// <returns>The versions; empty when the catalog has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credential"/> is null.</exception>
    public ImmutableArray<CredentialPolicy> VersionsOf(Credential credential) =>
        versionsByCredential.TryGetValue(Preconditions.CheckNotNull(credential).Id, out var versions) ? versions : ImmutableArray<CredentialPolicy>.Empty;

    /// <summary>The version that governs a cycle expiring on <paramref name="expiration"/>.</summary>
    /// <param name="credential">The credential.</param>
    /// <param name="expiration">The cycle's expiration date.</param>
    /// <returns>The latest version effective on or before that date, or the earliest version when none is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credential"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no policy for <paramref name="credential"/>.</exception>
    public CredentialPolicy Resolve(Credential credential, LocalDate expiration)
    {
        var versions = VersionsOf(credential);
        Preconditions.CheckArgument(!versions.IsEmpty, $"The catalog has no policy for the credential '{credential.Id}'.", nameof(credential));
        var governing = versions[0];
        foreach (var version in versions)
        {
            if (version.EffectiveFrom <= expiration)
            {
                governing = version;
            }
        }
        return governing;
    }
}
