using System.Collections.Immutable;
using CeuRules.Model;

namespace CeuRules.Policies.BuiltIn;

/// <summary>
/// The CMA (AAMA) recertification rules, in two versions: the CE time limit of 60 months in force until 2019-12-31, and the 90-day CE time limit in force from 2020-01-01 with its transition. The rules are data, defined only in the built-in policy file
/// <c>aama-cma.policy.json</c> (shipped in the package's <c>policies/</c> folder; docs/credentials/aama-cma.md
/// links each version to its line); these are its versions as <see cref="PolicyCatalog.BuiltIn"/> reads them at first use.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class AamaCma
{
    /// <summary>The version in force for cycles expiring until 2019-12-31: CE reactivation within 60 months of expiration.</summary>
    public static CredentialPolicy Before2020 => BuiltInPolicyFiles.Version(Credential.AamaCma, "pre-2020");

    /// <summary>
    /// The version in force for cycles expiring from 2020-01-01: CE through 90 days after expiration,
    /// then exam only with a reactivation fee; credentials still inside the old limit are treated as
    /// expired on 2019-12-31 (last CE day 2020-03-30). Every other rule is <see cref="Before2020"/>'s.
    /// </summary>
    public static CredentialPolicy From2020 => BuiltInPolicyFiles.Version(Credential.AamaCma, "2020");

    /// <summary>Every version, by effective date.</summary>
    public static ImmutableArray<CredentialPolicy> Versions => PolicyCatalog.BuiltIn.VersionsOf(Credential.AamaCma);
}
