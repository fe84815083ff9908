using System.Collections.Immutable;
using CeuRules.Policies;

namespace CeuRules.Json;

/// <summary>
/// What <see cref="PolicyJsonReader"/> read from a policy file: every version of the file's credential,
/// or none at all when the file has an error, and every finding.
/// </summary>
/// <remarks>
/// <para>A policy is never half-read: when any finding is an error, <see cref="Policies"/> is empty,
/// since a policy with a part left out would evaluate differently from what its author wrote.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class PolicyReadResult
{
    internal PolicyReadResult(ImmutableArray<CredentialPolicy> policies, ImmutableArray<Finding> findings)
    {
        bool valid = Finding.AreValid(findings);
        IsValid = valid;
        Policies = valid ? policies : ImmutableArray<CredentialPolicy>.Empty;
        Findings = findings;
    }

    /// <summary>Every version of the file, in the order of the file; empty when there is any error finding.</summary>
    public ImmutableArray<CredentialPolicy> Policies { get; }

    /// <summary>Every problem found, in the order of the file; warnings do not stop a policy from being read.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Whether the file has no error finding (warnings allowed), so that <see cref="Policies"/> holds every version.</summary>
    public bool IsValid { get; }

    /// <summary>A short description for logs and the debugger.</summary>
    public override string ToString() =>
        $"{Policies.Length} policy versions, {Findings.Length} findings{(IsValid ? "" : ", with errors")}";
}
