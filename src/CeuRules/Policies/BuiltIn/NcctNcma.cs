using System.Collections.Immutable;
using CeuRules.Model;

namespace CeuRules.Policies.BuiltIn;

/// <summary>
/// The NCMA (NCCT) recertification rules: 14 clock hours every year; renewable certifications refused; recurring employer training once per 5 years. The rules are data, defined only in the built-in policy file
/// <c>ncct-ncma.policy.json</c> (shipped in the package's <c>policies/</c> folder; docs/credentials/ncct-ncma.md
/// links each version to its line); these are its versions as <see cref="PolicyCatalog.BuiltIn"/> reads them at first use.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class NcctNcma
{
    /// <summary>The policy, in force for every cycle.</summary>
    public static CredentialPolicy Current => BuiltInPolicyFiles.Version(Credential.NcctNcma, "rev-2023");

    /// <summary>Every version, by effective date.</summary>
    public static ImmutableArray<CredentialPolicy> Versions => PolicyCatalog.BuiltIn.VersionsOf(Credential.NcctNcma);
}
