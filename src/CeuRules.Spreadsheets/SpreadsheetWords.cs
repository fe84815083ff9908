using System;
using System.Collections.Immutable;
using System.Text;

namespace CeuRules.Spreadsheets;

/// <summary>
/// The words the spreadsheets read, in one table: the column ids and the header aliases accepted for them,
/// and the readable labels accepted for value ids. Every word a report writes (headers, sheet names, unit,
/// status, deadline and next step names) comes from the explanation layer
/// (<see cref="Explanations.Explainer.ColumnHeader"/> and the rest), in the report's language.
/// </summary>
internal static class SpreadsheetWords
{
    /// <summary>The sheet names (normalized) accepted for each part of a workbook.</summary>
    internal static readonly ImmutableDictionary<string, string> SheetAliases = Aliases(
        ("activities", ["activities", "activity", "training", "trainings", "transcript", "transcripts", "courses", "ce", "ceus", "credits"]),
        ("certifications", ["certifications", "certification", "credentials", "credential", "certs"]),
        ("examAttempts", ["examattempts", "exams", "exam", "attempts", "examresults"]));

    /// <summary>The header aliases (normalized) of each column id, per sheet.</summary>
    internal static readonly ImmutableDictionary<string, string> ActivityColumns = Aliases(
        ("personId", ["personid", "person", "employeeid", "employee", "employeenumber", "employeeno", "empid", "staffid", "staffnumber"]),
        ("id", ["id", "activityid", "courseid", "recordid", "trainingid"]),
        ("title", ["title", "course", "coursetitle", "coursename", "activity", "activitytitle", "training", "trainingtitle"]),
        ("provider", ["provider", "vendor", "sponsor", "organization", "organisation", "trainingprovider"]),
        ("kind", ["kind", "type", "activitytype", "activitykind", "trainingtype"]),
        ("completedOn", ["completedon", "completed", "completiondate", "datecompleted", "date", "completeddate"]),
        ("durationMinutes", ["durationminutes", "minutes", "duration", "lengthminutes", "durationmin"]),
        ("purchasedOn", ["purchasedon", "purchasedate", "datepurchased"]),
        ("validMonths", ["validmonths", "validformonths", "monthsvalid"]),
        ("amount", ["amount", "credits", "credit", "hours", "ceus", "ceu", "points", "creditamount"]),
        ("unit", ["unit", "creditunit", "units", "credittype"]),
        ("category", ["category", "creditcategory", "cecategory", "ceucategory"]),
        ("approvedBy", ["approvedby", "approval", "approvedfor", "accreditedby", "approvingbody", "approvingbodies"]),
        ("approvalReference", ["approvalreference", "approvalnumber", "approvalref", "approvalno"]));

    /// <summary>The header aliases of the certifications sheet.</summary>
    internal static readonly ImmutableDictionary<string, string> CertificationColumns = Aliases(
        ("personId", ["personid", "person", "employeeid", "employee", "employeenumber", "employeeno", "empid", "staffid", "staffnumber"]),
        ("name", ["name", "fullname", "employeename", "personname"]),
        ("credential", ["credential", "certification", "credentialid", "cert", "certificationtype"]),
        ("certifiedOn", ["certifiedon", "certified", "certificationdate", "datecertified", "certifieddate", "issuedon", "issuedate", "dateissued"]),
        ("member", ["member", "ismember", "membership"]));

    /// <summary>The header aliases of the exam attempts sheet.</summary>
    internal static readonly ImmutableDictionary<string, string> ExamColumns = Aliases(
        ("personId", ["personid", "person", "employeeid", "employee", "employeenumber", "employeeno", "empid", "staffid", "staffnumber"]),
        ("credential", ["credential", "certification", "credentialid", "cert"]),
        ("on", ["on", "date", "examdate", "attemptedon", "takenon", "examon"]),
        ("passed", ["passed", "result", "outcome", "passedexam"]));

    /// <summary>Readable names (normalized) accepted for value ids, beside the ids themselves.</summary>
    internal static readonly ImmutableDictionary<string, string> ValueAliases = Aliases(
        ("aama-point", ["aamapoint", "aamapoints", "aamaceu", "aamaceus"]),
        ("amt-ccp-point", ["amtccppoint", "amtccppoints", "ccppoint", "ccppoints", "amtpoint", "amtpoints"]),
        ("nha-credit", ["nhacredit", "nhacredits", "nhaceu", "nhaceus"]),
        ("clock-hour", ["clockhour", "clockhours"]),
        ("contact-hour", ["contacthour", "contacthours"]),
        ("iacet-ceu", ["iacetceu", "iacetceus"]),
        ("college-credit", ["collegecredit", "collegecredits", "semestercredit", "semestercredits"]),
        ("self-study", ["selfstudy"]),
        ("college-course", ["collegecourse"]),
        ("cpr-card", ["cprcard", "cpr"]),
        ("bls-card", ["blscard", "bls"]),
        ("first-aid-card", ["firstaidcard", "firstaid"]),
        ("renewable-certification", ["renewablecertification"]),
        ("employer-training", ["employertraining", "inservice"]),
        ("aama-cma", ["aamacma", "cma", "cmaaama"]),
        ("amt-rma", ["amtrma", "rma", "rmaamt"]),
        ("nha-ccma", ["nhaccma", "ccma", "ccmanha"]),
        ("ncct-ncma", ["ncctncma", "ncma", "ncmancct"]));

    /// <summary>Lower-case letters and digits only: "Completion Date" and "completedOn" both become comparable keys.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    private static ImmutableDictionary<string, string> Aliases(params (string Id, string[] Names)[] entries)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (id, names) in entries)
        {
            builder[Normalize(id)] = id;
            foreach (var name in names)
            {
                builder[name] = id;
            }
        }
        return builder.ToImmutable();
    }
}
