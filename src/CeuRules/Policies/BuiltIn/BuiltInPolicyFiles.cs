using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using CeuRules.Json;
using CeuRules.Model;

namespace CeuRules.Policies.BuiltIn;

/// <summary>
/// The built-in policy files (<c>Policies/BuiltIn/*.policy.json</c>), embedded in the library and read by
/// <see cref="PolicyJsonReader"/>, the reader of users' policy files: one file per credential, each
/// with every version of its policy.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class BuiltInPolicyFiles
{
    private const string Prefix = "CeuRules.Policies.BuiltIn.";

    /// <summary>The ending of a policy file's name.</summary>
    internal const string Extension = ".policy.json";

    private static Assembly Library => typeof(BuiltInPolicyFiles).Assembly;

    /// <summary>The file names (for example "aama-cma.policy.json"), in ordinal order.</summary>
    internal static ImmutableArray<string> Names { get; } = Library.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>The content of the built-in file <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No built-in file has that name.</exception>
    internal static byte[] Content(string name)
    {
        using var stream = Library.GetManifestResourceStream(Prefix + name)
            ?? throw new ArgumentException($"'{name}' is not a built-in policy file ({string.Join(", ", Names)}).", nameof(name));
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Reads the built-in file <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">The file has an error finding: the library is damaged.</exception>
    internal static ImmutableArray<CredentialPolicy> Read(string name) => Read(name, Content(name));

    private static ImmutableArray<CredentialPolicy> Read(string name, byte[] content)
    {
        var read = PolicyJsonReader.Read(content);
        return read.IsValid
            ? read.Policies
            : throw new InvalidOperationException($"The built-in policy file {name} cannot be read: {string.Join(" ", read.Findings)}");
    }

    /// <summary>The built-in version <paramref name="version"/> of <paramref name="credential"/>'s policy, from <see cref="PolicyCatalog.BuiltIn"/>.</summary>
    /// <exception cref="InvalidOperationException">The built-in files have no such version: the library is damaged.</exception>
    internal static CredentialPolicy Version(Credential credential, string version) =>
        PolicyCatalog.BuiltIn.VersionsOf(credential).FirstOrDefault(v => v.Version == version)
        ?? throw new InvalidOperationException($"The built-in policy files have no version '{version}' of {credential.Id}.");

    /// <summary>The catalog of every built-in file, each credential with its file as origin.</summary>
    /// <exception cref="InvalidOperationException">A file has an error finding: the library is damaged.</exception>
    internal static PolicyCatalog Catalog()
    {
        var policies = new System.Collections.Generic.List<CredentialPolicy>();
        var origins = new System.Collections.Generic.Dictionary<string, PolicyOrigin>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var content = Content(name);
            var read = Read(name, content);
            policies.AddRange(read);
            foreach (var policy in read)
            {
                origins[policy.Credential.Id] = PolicyOrigin.BuiltIn(name, content);
            }
        }
        return new PolicyCatalog(policies, origins);
    }

    /// <summary>Reads every built-in file: every version of every built-in credential.</summary>
    /// <exception cref="InvalidOperationException">A file has an error finding: the library is damaged.</exception>
    internal static ImmutableArray<CredentialPolicy> ReadAll() => Names.SelectMany(name => Read(name)).ToImmutableArray();
}
