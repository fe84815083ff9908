using System;
using CeuRules.Utility;

namespace CeuRules.Catalogs;

/// <summary>How serious a catalog finding is.</summary>
public enum CatalogFindingSeverity
{
    /// <summary>A claim the rules refuse or a structure that cannot be right: the catalog is not valid (<c>error</c>).</summary>
    Error = 0,

    /// <summary>A claim that may cost learners credit or cannot be checked (<c>warning</c>).</summary>
    Warning = 1,

    /// <summary>Something worth knowing, such as the category a course's content implies (<c>info</c>).</summary>
    Info = 2,
}

/// <summary>
/// One problem found in a course catalog: a stable code (see docs/vendors.md), a severity, the
/// path of the part concerned (<c>courses[3].offers[0].credits[1]</c>) and a message naming the
/// value and the limit.
/// </summary>
/// <remarks>Equality compares every field. This type is immutable and thread-safe.</remarks>
public sealed class CatalogFinding : IEquatable<CatalogFinding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="path">The path of the part concerned.</param>
    /// <param name="message">The message.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="severity"/> is not defined.</exception>
    public CatalogFinding(string code, CatalogFindingSeverity severity, string path, string message)
    {
        Code = Preconditions.CheckNotBlank(code);
        Preconditions.CheckArgument(Enum.IsDefined(severity), $"Unknown severity {severity}.", nameof(severity));
        Severity = severity;
        Path = Preconditions.CheckNotBlank(path);
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The stable code, for example <c>credit-exceeds-duration</c>.</summary>
    public string Code { get; }

    /// <summary>The severity.</summary>
    public CatalogFindingSeverity Severity { get; }

    /// <summary>The path of the part concerned, for example <c>courses[3].offers[0].credits[1]</c>.</summary>
    public string Path { get; }

    /// <summary>The message, naming the value and the limit.</summary>
    public string Message { get; }

    /// <summary>The severity's identifier: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string SeverityId => Severity switch
    {
        CatalogFindingSeverity.Error => "error",
        CatalogFindingSeverity.Warning => "warning",
        _ => "info",
    };

    /// <inheritdoc />
    public bool Equals(CatalogFinding? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && Path == other.Path && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CatalogFinding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Path, Message);

    /// <summary>Returns "path: message [code]".</summary>
    /// <returns>The display form.</returns>
    public override string ToString() => $"{Path}: {Message} [{Code}]";
}
