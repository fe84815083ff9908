using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using CeuRules.Json;
using CeuRules.Policies;

namespace CeuRules.Cli;

/// <summary>
/// The policy options every command that evaluates takes: the repeatable <c>--policy FILE</c> (custom policies
/// beside the built-in ones) and <c>--policies DIR</c> (a folder of policy files, read after them).
/// </summary>
internal sealed class PolicyFiles
{
    private PolicyFiles(Option<FileInfo[]> files, Option<DirectoryInfo?> directory)
    {
        Files = files;
        Directory = directory;
    }

    /// <summary>The repeatable <c>--policy FILE</c> option.</summary>
    internal Option<FileInfo[]> Files { get; }

    /// <summary>The <c>--policies DIR</c> option.</summary>
    internal Option<DirectoryInfo?> Directory { get; }

    /// <summary>New policy options, for one command.</summary>
    internal static PolicyFiles Option() => new(
        new Option<FileInfo[]>("--policy")
        {
            Description = $"A JSON policy file (see {DocLinks.To("custom-policies.md")}) to add to the built-in policies; repeatable. A file for a built-in credential replaces its versions.",
            HelpName = "FILE",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        },
        new Option<DirectoryInfo?>("--policies")
        {
            Description = $"A folder of policy files (every *.json file in it, see {DocLinks.To("custom-policies.md")}), read after --policy: each replaces the versions of its credential or adds one. A file with an error finding is refused, with its findings.",
            HelpName = "DIR",
        });

    /// <summary>
    /// Every policy file the command reads, each with what it is, for <see cref="OutputFiles.AreSafe"/>: the
    /// <c>--policy</c> files and the files of the <c>--policies</c> folder that <see cref="PolicyDirectory.Read"/>
    /// reads (none when the folder cannot be listed: reading it then refuses the run anyway).
    /// </summary>
    internal static IEnumerable<(string What, FileInfo? File)> ReadFrom(ParseResult parse, PolicyFiles options)
    {
        foreach (var file in parse.GetValue(options.Files) ?? [])
        {
            yield return ("the policy file", file);
        }
        if (parse.GetValue(options.Directory) is not { Exists: true } directory)
        {
            yield break;
        }
        FileInfo[] inFolder;
        try
        {
            inFolder = directory.GetFiles(PolicyDirectory.SearchPattern, SearchOption.TopDirectoryOnly);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            yield break;
        }
        foreach (var file in inFolder)
        {
            yield return ("a policy file of --policies", file);
        }
    }

    /// <summary>
    /// The built-in catalog with the policies of the <c>--policy</c> files and then of the <c>--policies</c> folder,
    /// or null after writing why one cannot be used (unreadable, any error finding, or policies that disagree) to
    /// <paramref name="stderr"/>.
    /// </summary>
    internal static PolicyCatalog? Load(ParseResult parse, PolicyFiles options, TextWriter stderr, InputFiles inputs)
    {
        var catalog = Load(parse.GetValue(options.Files), stderr, inputs);
        if (catalog is null || parse.GetValue(options.Directory) is not { } directory)
        {
            return catalog;
        }
        var read = PolicyDirectory.Read(directory.FullName, catalog);
        foreach (var finding in read.Findings)
        {
            stderr.WriteLine($"{(finding.Severity == FindingSeverity.Error ? "error" : "warning")}: policy folder '{PlainText.Escape(directory.ToString())}': {PlainText.Escape(finding.ToString())}");
        }
        return read.Catalog;
    }

    /// <summary>
    /// The built-in catalog with the policies of <paramref name="files"/>, or null after writing why
    /// a file cannot be used (unreadable, any error finding, or policies that disagree) to <paramref name="stderr"/>.
    /// </summary>
    private static PolicyCatalog? Load(FileInfo[]? files, TextWriter stderr, InputFiles inputs)
    {
        if (files is null || files.Length == 0)
        {
            return PolicyCatalog.BuiltIn;
        }
        var catalog = PolicyCatalog.BuiltIn;
        var credentials = new HashSet<string>(StringComparer.Ordinal);
        bool usable = true;
        foreach (var file in files)
        {
            if (inputs.Read(file, "policy file", PolicyJsonReader.MaxDocumentBytes, stderr) is not { } bytes)
            {
                usable = false;
                continue;
            }
            var read = PolicyJsonReader.Read(bytes);
            foreach (var finding in read.Findings)
            {
                stderr.WriteLine($"{(finding.Severity == FindingSeverity.Error ? "error" : "warning")}: policy file '{InputFiles.Name(file)}': {finding}");
            }
            usable &= read.IsValid;
            if (!usable)
            {
                continue;
            }
            if (!credentials.Add(read.Policies[0].Credential.Id))
            {
                stderr.WriteLine($"error: policy file '{InputFiles.Name(file)}': another --policy file states '{read.Policies[0].Credential.Id}'; one file states every version of a credential.");
                usable = false;
                continue;
            }
            try
            {
                catalog = catalog.With(read.Policies, PolicyOrigin.FromFile(InputFiles.Name(file), bytes));
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"error: the policy files cannot be used together: {e.Message}");
                usable = false;
            }
        }
        return usable ? catalog : null;
    }
}

/// <summary>Adds the policy options to a command, in its collection initializer.</summary>
internal static class PolicyFilesCommand
{
    /// <summary>Adds <paramref name="options"/>' two options to <paramref name="command"/>.</summary>
    internal static void Add(this Command command, PolicyFiles options)
    {
        command.Options.Add(options.Files);
        command.Options.Add(options.Directory);
    }
}
