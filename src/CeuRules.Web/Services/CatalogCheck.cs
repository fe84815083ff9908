using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Json;
using NodaTime;

namespace CeuRules.Web.Services;

/// <summary>One course of a checked catalog: where it is (<c>courses[3]</c>), its findings and what a learner earns for each credential.</summary>
internal sealed record CourseCheck(string Path, Course Course, IReadOnlyList<Finding> Findings, IReadOnlyList<CourseYield> Yields);

/// <summary>
/// A vendor's catalog checked in the page as <c>ceurules validate-catalog</c> checks it: read with the catalog
/// reader's coded findings, validated against every credential's policy in force on a date, and grouped by
/// course with what each offer earns.
/// </summary>
internal sealed class CatalogCheck
{
    private CatalogCheck(string fileName, LocalDate asOf, CatalogReadResult read, CatalogValidation? validation, List<Finding> findings)
    {
        FileName = fileName;
        AsOf = asOf;
        Read = read;
        Validation = validation;
        Findings = findings;
        var byCourse = findings.GroupBy(f => CoursePrefix(f.Path)).ToDictionary(g => g.Key, g => (IReadOnlyList<Finding>)g.ToList(), StringComparer.Ordinal);
        var yields = (validation?.Yields ?? []).GroupBy(y => CoursePrefix(y.Path)).ToDictionary(g => g.Key, g => (IReadOnlyList<CourseYield>)g.ToList(), StringComparer.Ordinal);
        CatalogFindings = byCourse.TryGetValue(string.Empty, out var general) ? general : [];
        var courses = read.Catalog?.Courses ?? [];
        var known = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
        Courses = courses.Select((course, i) =>
        {
            string path = $"courses[{i}]";
            known.Add(path);
            return new CourseCheck(path, course, byCourse.GetValueOrDefault(path) ?? [], yields.GetValueOrDefault(path) ?? []);
        }).ToList();
        // Findings under a course the reader could not keep (a malformed entry): shown apart, never dropped.
        OtherFindings = byCourse.Where(g => !known.Contains(g.Key)).OrderBy(g => g.Key, StringComparer.Ordinal).SelectMany(g => g.Value).ToList();
    }

    internal string FileName { get; }

    internal LocalDate AsOf { get; }

    internal CatalogReadResult Read { get; }

    internal CatalogValidation? Validation { get; }

    /// <summary>Every finding, the reader's first, then the validator's.</summary>
    internal IReadOnlyList<Finding> Findings { get; }

    /// <summary>The findings about the catalog as a whole.</summary>
    internal IReadOnlyList<Finding> CatalogFindings { get; }

    /// <summary>The findings under a course path that names no course read.</summary>
    internal IReadOnlyList<Finding> OtherFindings { get; }

    internal IReadOnlyList<CourseCheck> Courses { get; }

    /// <summary>True when the file is not a catalog at all (the command line exits with 2).</summary>
    internal bool IsRefused => Read.IsRefused;

    internal bool IsValid => Finding.AreValid(Findings);

    internal int Errors => Findings.Count(f => f.Severity == FindingSeverity.Error);

    internal int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);

    /// <summary>Reads and validates a catalog file as of <paramref name="asOf"/>.</summary>
    internal static CatalogCheck Check(Engine engine, DroppedFile file, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(file);
        var read = CatalogJsonReader.Read(file.Bytes);
        var findings = read.Findings.ToList();
        var validation = read.Catalog is { } catalog && !read.IsRefused ? engine.Validator.Validate(catalog, asOf) : null;
        if (validation is not null)
        {
            findings.AddRange(validation.Findings);
        }
        return new CatalogCheck(file.Name, asOf, read, validation, findings);
    }

    /// <summary>"courses[3]" for any path under the fourth course; empty for the catalog itself.</summary>
    internal static string CoursePrefix(string path)
    {
        if (!path.StartsWith("courses[", StringComparison.Ordinal))
        {
            return string.Empty;
        }
        int end = path.IndexOf(']', StringComparison.Ordinal);
        return end < 0 ? string.Empty : path[..(end + 1)];
    }
}
