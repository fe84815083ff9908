using System;
using System.Security.Cryptography;
using CeuRules.Utility;

namespace CeuRules.Policies;

/// <summary>Where a credential's policy versions came from.</summary>
public enum PolicyOriginKind
{
    /// <summary>A policy file built into the library (JSON id <c>built-in</c>).</summary>
    BuiltIn,

    /// <summary>A policy file read at run time, for example from the policy directory (JSON id <c>file</c>).</summary>
    File,

    /// <summary>Policies given in code, with no file behind them (JSON id <c>code</c>).</summary>
    Code,
}

/// <summary>
/// Where a credential's policy versions came from: a built-in policy file, a file read at run time (each
/// with its name and the SHA-256 of its content, so that an auditor can tell which text governed a
/// result), or code.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PolicyOrigin : IEquatable<PolicyOrigin>
{
    private PolicyOrigin(PolicyOriginKind kind, string? file, string? sha256)
    {
        Kind = kind;
        File = file;
        Sha256 = sha256;
    }

    /// <summary>Policies given in code.</summary>
    public static PolicyOrigin Code { get; } = new(PolicyOriginKind.Code, null, null);

    /// <summary>A built-in policy file.</summary>
    /// <param name="name">The file's name, for example "aama-cma.policy.json".</param>
    /// <param name="content">The file's content.</param>
    /// <returns>The origin.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static PolicyOrigin BuiltIn(string name, ReadOnlySpan<byte> content) => new(PolicyOriginKind.BuiltIn, CheckName(name), Hash(content));

    /// <summary>A policy file read at run time.</summary>
    /// <param name="path">The file's path as it was given.</param>
    /// <param name="content">The file's content as it was read.</param>
    /// <returns>The origin.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static PolicyOrigin FromFile(string path, ReadOnlySpan<byte> content) => new(PolicyOriginKind.File, CheckName(path), Hash(content));

    /// <summary>Whether a built-in file, a file or code.</summary>
    public PolicyOriginKind Kind { get; }

    /// <summary>The file's name (built-in) or path (file); null for code.</summary>
    public string? File { get; }

    /// <summary>The SHA-256 of the file's content, as 64 lowercase hexadecimal digits; null for code.</summary>
    public string? Sha256 { get; }

    /// <summary>The JSON id of <see cref="Kind"/>: <c>built-in</c>, <c>file</c> or <c>code</c>.</summary>
    public string KindId => Kind switch
    {
        PolicyOriginKind.BuiltIn => "built-in",
        PolicyOriginKind.File => "file",
        _ => "code",
    };

    /// <inheritdoc />
    public bool Equals(PolicyOrigin? other) =>
        other is not null && Kind == other.Kind && string.Equals(File, other.File, StringComparison.Ordinal) && string.Equals(Sha256, other.Sha256, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicyOrigin);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, File, Sha256);

    /// <summary>For example "built-in aama-cma.policy.json, SHA-256 3f…", or "code".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => File is null ? KindId : $"{KindId} {File}, SHA-256 {Sha256}";

    private static string CheckName(string name)
    {
        Preconditions.CheckArgument(Preconditions.CheckNotNull(name).Length > 0, "A policy file's name must not be empty.", nameof(name));
        return name;
    }

    private static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
}
