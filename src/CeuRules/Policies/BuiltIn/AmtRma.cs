using System.Collections.Immutable;
using CeuRules.Model;

namespace CeuRules.Policies.BuiltIn;

/// <summary>
/// The RMA (AMT) recertification rules (the Certification Continuation Program), in two versions: before 2021, and from 2021-01-01, when employment may be claimed only for work through 2020-12-31. The rules are data, defined only in the built-in policy file
/// <c>amt-rma.policy.json</c> (shipped in the package's <c>policies/</c> folder; docs/credentials/amt-rma.md
/// links each version to its line); these are its versions as <see cref="PolicyCatalog.BuiltIn"/> reads them at first use.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class AmtRma
{
    /// <summary>The version for cycles expiring until 2020-12-31: employment counts like any other activity.</summary>
    public static CredentialPolicy Before2021 => BuiltInPolicyFiles.Version(Credential.AmtRma, "pre-2021");

    /// <summary>
    /// The version for cycles expiring from 2021-01-01: employment counts only for work through
    /// 2020-12-31. Every other rule is <see cref="Before2021"/>'s.
    /// </summary>
    public static CredentialPolicy From2021 => BuiltInPolicyFiles.Version(Credential.AmtRma, "2021");

    /// <summary>Every version, by effective date.</summary>
    public static ImmutableArray<CredentialPolicy> Versions => PolicyCatalog.BuiltIn.VersionsOf(Credential.AmtRma);
}
