using System.Collections.Immutable;
using CeuRules.Model;

namespace CeuRules.Policies.BuiltIn;

/// <summary>
/// The CCMA (NHA) recertification rules: 10 NHA CE credits every 2 years, where 2 documented hours make 1 credit, no carry-over and, by default, no CE time limit. The rules are data, defined only in the built-in policy file
/// <c>nha-ccma.policy.json</c> (shipped in the package's <c>policies/</c> folder; docs/credentials/nha-ccma.md
/// links each version to its line); these are its versions as <see cref="PolicyCatalog.BuiltIn"/> reads them at first use.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class NhaCcma
{
    /// <summary>The policy, in force for every cycle.</summary>
    public static CredentialPolicy Current => BuiltInPolicyFiles.Version(Credential.NhaCcma, "2-year");

    /// <summary>Every version, by effective date.</summary>
    public static ImmutableArray<CredentialPolicy> Versions => PolicyCatalog.BuiltIn.VersionsOf(Credential.NhaCcma);
}
