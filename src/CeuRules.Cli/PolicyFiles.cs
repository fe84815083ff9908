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
            yield return ("policy", file);
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
            yield return ("policies", file);
        }
    }

    /// <summary>
    /// The built-in catalog with the policies of the <c>--policy</c> files and then of the <c>--policies</c> folder,
    /// or null after writing why one cannot be used (unreadable, any error finding, or policies that disagree) to
    /// <paramref name="errors"/>.
    /// </summary>
    internal static PolicyCatalog? Load(ParseResult parse, PolicyFiles options, ErrorLines errors, InputFiles inputs)
    {
        var catalog = Load(parse.GetValue(options.Files), errors, inputs);
        if (catalog is null || parse.GetValue(options.Directory) is not { } directory)
        {
            return catalog;
        }
        var read = PolicyDirectory.Read(directory.FullName, catalog);
        // Each finding's path is FILE:PATH; the file is named in the details, the place in the file in words.
        foreach (var finding in read.Findings)
        {
            errors.WriteInFile(finding);
        }
        return read.Catalog;
    }

    /// <summary>
    /// The built-in catalog with the policies of <paramref name="files"/>, or null after writing why
    /// a file cannot be used (unreadable, any error finding, or policies that disagree) to <paramref name="errors"/>.
    /// </summary>
    private static PolicyCatalog? Load(FileInfo[]? files, ErrorLines errors, InputFiles inputs)
    {
        if (files is null || files.Length == 0)
        {
            return PolicyCatalog.BuiltIn;
        }
        var catalog = PolicyCatalog.BuiltIn;
        // Each credential with the file that stated it first.
        var credentials = new Dictionary<string, string>(StringComparer.Ordinal);
        bool usable = true;
        foreach (var file in files)
        {
            if (inputs.Read(file, "policy file", PolicyJsonReader.MaxDocumentBytes, errors) is not { } bytes)
            {
                usable = false;
                continue;
            }
            var read = PolicyJsonReader.Read(bytes);
            foreach (var finding in read.Findings)
            {
                errors.Write(finding, InputFiles.Source(file));
            }
            usable &= read.IsValid;
            if (!usable)
            {
                continue;
            }
            string credential = read.Policies[0].Credential.Id;
            if (!credentials.TryAdd(credential, InputFiles.Source(file)))
            {
                errors.Write(new Finding(FindingCodes.DuplicateCredential, FindingSeverity.Error, "credential.id", ("credential", credential), ("first", credentials[credential])),
                    InputFiles.Source(file));
                usable = false;
                continue;
            }
            try
            {
                catalog = catalog.With(read.Policies, PolicyOrigin.FromFile(InputFiles.Name(file), bytes));
            }
            catch (ArgumentException)
            {
                errors.Error(FindingCodes.ConflictingPolicies, InputFiles.Source(file), ("file", InputFiles.Source(file)));
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
