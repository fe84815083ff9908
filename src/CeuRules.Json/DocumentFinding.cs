using System;

namespace CeuRules.Json;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Something could not be read; the part concerned was left out and the finding says so (<c>error</c>).</summary>
    Error = 0,

    /// <summary>Read, but worth a person's attention (<c>warning</c>).</summary>
    Warning = 1,

    /// <summary>For information only (<c>info</c>).</summary>
    Info = 2,
}

/// <summary>
/// One problem found in a document: a stable code, a severity, the JSON path of the value concerned
/// (for example <c>activities[3].completedOn</c>) and a message that names the value and the rule.
/// </summary>
/// <remarks>
/// <para>Equality is by value over every property.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DocumentFinding : IEquatable<DocumentFinding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="code">The stable code, for example "not-a-date" (docs/formats.md lists them).</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="path">The JSON path of the value concerned; "$" for the whole document.</param>
    /// <param name="message">A sentence naming the value and the rule.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="severity"/> is not defined.</exception>
    public DocumentFinding(string code, FindingSeverity severity, string path, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentException($"Unknown severity {severity}.", nameof(severity));
        }
        Code = code;
        Severity = severity;
        Path = path;
        Message = message;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The JSON path of the value concerned, for example <c>activities[3].completedOn</c>.</summary>
    public string Path { get; }

    /// <summary>A sentence naming the value and the rule.</summary>
    public string Message { get; }

    /// <summary>The severity's identifier: "error", "warning" or "info".</summary>
    public string SeverityId => Severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Whether this finding equals another in every property.</summary>
    /// <param name="other">The finding to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(DocumentFinding? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && Path == other.Path && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentFinding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Path);

    /// <summary>Formats the finding as "path: message [code]".</summary>
    /// <returns>The formatted finding.</returns>
    public override string ToString() => $"{Path}: {Message} [{Code}]";
}
