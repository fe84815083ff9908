using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CeuRules.Json;
using CeuRules.Utility;

namespace CeuRules.Policies;

/// <summary>
/// Reads a folder of policy files (the <c>CeuRules:PolicyDirectory</c> setting, the command line's
/// <c>--policies DIR</c>): every <c>*.json</c> file directly in it, in ordinal order of name, read by
/// <see cref="PolicyJsonReader"/>. A file for a credential of the basis catalog (a built-in one, say)
/// replaces its versions, and any other file adds a credential; each credential records its file and the
/// file's SHA-256 (<see cref="PolicyCatalog.OriginOf"/>). A file that cannot be read or has an error
/// finding is never dropped: the whole folder is refused, with every file's findings.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class PolicyDirectory
{
    /// <summary>The files read: every JSON file directly in the folder.</summary>
    public const string SearchPattern = "*.json";

    /// <summary>Reads the policy files of <paramref name="directory"/> over <paramref name="basis"/>.</summary>
    /// <param name="directory">The folder's path.</param>
    /// <param name="basis">The catalog the files replace or add versions to, usually <see cref="PolicyCatalog.BuiltIn"/>.</param>
    /// <returns>
    /// The catalog with the folder's policies, or none, and every finding: a file's findings have the
    /// path <c>FILE:PATH</c> (for example <c>aama-cma.policy.json:versions[1].fees[0].member</c>) and the
    /// argument <c>file</c>.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    public static PolicyDirectoryResult Read(string directory, PolicyCatalog basis)
    {
        Preconditions.CheckArgument(Preconditions.CheckNotNull(directory).Length > 0, "The policy directory's path must not be empty.", nameof(directory));
        Preconditions.CheckNotNull(basis);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        string[] files;
        try
        {
            files = Directory.GetFiles(directory, SearchPattern, SearchOption.TopDirectoryOnly);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            findings.Add(new Finding(FindingCodes.CannotRead, FindingSeverity.Error, directory, ("what", "policy directory"), ("file", directory), ("reason", FindingCodes.ReadProblem(e))));
            return new PolicyDirectoryResult(null, findings.ToImmutable(), ImmutableArray<string>.Empty);
        }
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            findings.Add(new Finding("no-policy-files", FindingSeverity.Warning, directory,
                $"The policy directory '{directory}' has no {SearchPattern} file; only the other policies are in force."));
        }
        return ReadFiles(files, basis, findings);
    }

    /// <summary>
    /// Reads the policy files <paramref name="files"/> over <paramref name="basis"/>, as <see cref="Read"/> reads a
    /// folder's (the service's <c>PolicyFiles</c> setting).
    /// </summary>
    /// <param name="files">The files' paths, in the order they apply.</param>
    /// <param name="basis">The catalog the files replace or add versions to.</param>
    /// <returns>The catalog with the files' policies, or none, and every finding (see <see cref="Read"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument or a path is null.</exception>
    public static PolicyDirectoryResult ReadFiles(IEnumerable<string> files, PolicyCatalog basis)
    {
        var list = Preconditions.CheckNotNull(files).ToArray();
        Preconditions.CheckArgument(list.All(f => f is not null), "A policy file's path is null.", nameof(files));
        return ReadFiles(list, Preconditions.CheckNotNull(basis), ImmutableArray.CreateBuilder<Finding>());
    }

    private static PolicyDirectoryResult ReadFiles(string[] files, PolicyCatalog basis, ImmutableArray<Finding>.Builder findings)
    {
        var catalog = basis;
        var fileOf = new Dictionary<string, string>(StringComparer.Ordinal);
        bool usable = true;
        foreach (string file in files)
        {
            string name = Path.GetFileName(file);
            var readFindings = new JsonFindings();
            var bytes = JsonInput.ReadFile(file, PolicyJsonReader.MaxDocumentBytes, "policy file", readFindings);
            var read = bytes is { } content ? PolicyJsonReader.Read(content) : null;
            foreach (var finding in read?.Findings ?? readFindings.ToImmutable())
            {
                findings.Add(InFile(name, finding.Code, finding.Severity, finding.Path, finding.Message, finding.Arguments));
            }
            if (read is not { IsValid: true } || bytes is not { } valid)
            {
                usable = false;
                continue;
            }
            string credential = read.Policies[0].Credential.Id;
            if (!fileOf.TryAdd(credential, name))
            {
                var duplicate = new Finding(FindingCodes.DuplicateCredential, FindingSeverity.Error, "credential.id", ("credential", credential), ("first", fileOf[credential]));
                findings.Add(InFile(name, duplicate.Code, duplicate.Severity, duplicate.Path, duplicate.Message, duplicate.Arguments));
                usable = false;
                continue;
            }
            if (!usable)
            {
                continue;
            }
            var replaced = read.Policies.Select(p => p.Credential.Id).ToHashSet(StringComparer.Ordinal);
            var problems = PolicyCatalog.Inconsistencies(catalog.Policies.Where(p => !replaced.Contains(p.Credential.Id)).Concat(read.Policies));
            foreach (var (problem, _) in problems)
            {
                var finding = new Finding(FindingCodes.InconsistentPolicy, FindingSeverity.Error, "versions", ("reason", problem.Reason), ("subject", problem.Subject));
                findings.Add(InFile(name, finding.Code, finding.Severity, finding.Path, finding.Message, finding.Arguments));
            }
            if (problems.Count > 0)
            {
                usable = false;
                continue;
            }
            catalog = catalog.With(read.Policies, PolicyOrigin.FromFile(file, valid.Span));
        }
        return new PolicyDirectoryResult(usable ? catalog : null, findings.ToImmutable(), files.Select(Path.GetFileName).ToImmutableArray()!);
    }

    private static Finding InFile(string file, string code, FindingSeverity severity, string path, string message,
        ImmutableSortedDictionary<string, string>? arguments = null) =>
        new(code, severity, $"{file}:{path}", message, (arguments ?? ImmutableSortedDictionary<string, string>.Empty).SetItem("file", file));
}

/// <summary>What <see cref="PolicyDirectory.Read"/> read: the catalog with the folder's policies, or none when any file has an error, and every finding.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PolicyDirectoryResult
{
    internal PolicyDirectoryResult(PolicyCatalog? catalog, ImmutableArray<Finding> findings, ImmutableArray<string> files)
    {
        Catalog = Finding.AreValid(findings) ? catalog : null;
        Findings = findings;
        Files = files;
    }

    /// <summary>The basis catalog with the folder's policies; null when any finding is an error.</summary>
    public PolicyCatalog? Catalog { get; }

    /// <summary>Every finding, file by file, in the order of the files.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The names of the files read, in ordinal order.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>Whether the folder has no error finding, so that <see cref="Catalog"/> is set.</summary>
    public bool IsValid => Catalog is not null;

    /// <summary>A short description for logs and the debugger.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Files.Length} policy files, {Findings.Length} findings{(IsValid ? "" : ", with errors")}";
}
