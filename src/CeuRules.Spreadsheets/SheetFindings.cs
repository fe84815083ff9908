using System.Collections.Generic;
using System.Collections.Immutable;

namespace CeuRules.Spreadsheets;

/// <summary>Collects findings in the order they are found, with their arguments.</summary>
internal sealed class SheetFindings
{
    private readonly List<Finding> all = new();

    internal int ErrorCount { get; private set; }

    internal IReadOnlyList<Finding> All => all;

    internal void Error(string code, string path, string message, params (string Name, string Value)[] arguments)
    {
        ErrorCount++;
        Add(FindingSeverity.Error, code, path, message, arguments);
    }

    internal void Warning(string code, string path, string message, params (string Name, string Value)[] arguments) =>
        Add(FindingSeverity.Warning, code, path, message, arguments);

    internal void Info(string code, string path, string message, params (string Name, string Value)[] arguments) =>
        Add(FindingSeverity.Info, code, path, message, arguments);

    internal void Add(Finding finding)
    {
        if (finding.Severity == FindingSeverity.Error)
        {
            ErrorCount++;
        }
        all.Add(finding);
    }

    private void Add(FindingSeverity severity, string code, string path, string message, (string Name, string Value)[] arguments)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(System.StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            builder[name] = value;
        }
        all.Add(new Finding(code, severity, path, message, builder.ToImmutable()));
    }

    internal ImmutableArray<Finding> ToImmutable() => all.ToImmutableArray();
}
