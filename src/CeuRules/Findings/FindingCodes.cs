using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace CeuRules;

/// <summary>
/// Every finding code, declared once with the arguments its words name (docs/formats.md, docs/vendors.md, docs/cli.md,
/// docs/custom-policies.md and docs/hr-integration.md say when each is given). A code never changes meaning;
/// new checks get new codes. The explanation layer words each code in English and Spanish.
/// </summary>
public static class FindingCodes
{
    /// <summary>Error: the document is empty or not JSON.</summary>
    public static readonly FindingCode InvalidJson = new("invalid-json", FindingArgument.Word("what", "Document"), FindingArgument.Text("line"), FindingArgument.Text("byte"));

    /// <summary>Error: values nested deeper than the limit.</summary>
    public static readonly FindingCode TooDeep = new("too-deep", FindingArgument.Word("what", "Document"), FindingArgument.Text("limit"));

    /// <summary>Error: the document is not UTF-8 (UTF-16, or an invalid byte).</summary>
    public static readonly FindingCode WrongEncoding = new("wrong-encoding", FindingArgument.Word("what", "Document"), FindingArgument.Text("byte"), FindingArgument.Text("hex"));

    /// <summary>Error: the document is over its size limit.</summary>
    public static readonly FindingCode DocumentTooLarge = new("document-too-large", FindingArgument.Word("what", "Document"), FindingArgument.Text("limit"));

    /// <summary>Error: a string whose \u escapes are half a character.</summary>
    public static readonly FindingCode InvalidEscape = new("invalid-escape", FindingArgument.Word("what", "Document"));

    /// <summary>Error: the file could not be opened or read; the reason is <c>not-found</c>, <c>no-permission</c> or <c>unreadable</c> (<see cref="ReadProblem(System.Exception)"/>).</summary>
    public static readonly FindingCode CannotRead = new("cannot-read", FindingArgument.Word("what", "Document"), FindingArgument.Text("file"), FindingArgument.Word("reason", "ReadProblem"));

    /// <summary>Error: a value of the wrong JSON type.</summary>
    public static readonly FindingCode WrongType = new("wrong-type", FindingArgument.Text("value"), FindingArgument.Word("type", "Json"), FindingArgument.Word("expected", "Expected"));

    /// <summary>Error: a required field is missing or empty.</summary>
    public static readonly FindingCode MissingField = new("missing-field", FindingArgument.Word("expected", "Expected"));

    /// <summary>Error: not an existing date in YYYY-MM-DD.</summary>
    public static readonly FindingCode NotADate = new("not-a-date", FindingArgument.Text("value"));

    /// <summary>Error: a credential id no policy defines.</summary>
    public static readonly FindingCode UnknownCredential = new("unknown-credential", FindingArgument.Text("value"), FindingArgument.Text("known"));

    /// <summary>Error: an id that is not well formed.</summary>
    public static readonly FindingCode InvalidId = new("invalid-id", FindingArgument.Text("value"), FindingArgument.Word("what", "Id"));

    /// <summary>Warning: a built-in id in the wrong case, read as the built-in id.</summary>
    public static readonly FindingCode IdCase = new("id-case", FindingArgument.Text("value"), FindingArgument.Text("id"), FindingArgument.Word("what", "Id"));

    /// <summary>Warning: a kind of activity CeuRules does not know, treated as an ordinary activity.</summary>
    public static readonly FindingCode UnknownKind = new("unknown-kind", FindingArgument.Text("value"), FindingArgument.Text("known"));

    /// <summary>Error: an amount below 0.</summary>
    public static readonly FindingCode NegativeAmount = new("negative-amount", FindingArgument.Text("value"));

    /// <summary>Error: an amount with more decimals than amounts hold.</summary>
    public static readonly FindingCode OverPreciseAmount = new("over-precise-amount", FindingArgument.Text("value"));

    /// <summary>Error: an amount above its limit or not representable.</summary>
    public static readonly FindingCode InvalidAmount = new("invalid-amount", FindingArgument.Text("value"), FindingArgument.Text("limit"));

    /// <summary>Error: not a whole number where one is expected.</summary>
    public static readonly FindingCode InvalidNumber = new("invalid-number", FindingArgument.Text("value"));

    /// <summary>Error: a whole number outside its range.</summary>
    public static readonly FindingCode OutOfRange = new("out-of-range", FindingArgument.Text("value"), FindingArgument.Text("min"), FindingArgument.Text("max"));

    /// <summary>Error: a text beyond its limit.</summary>
    public static readonly FindingCode TextTooLong = new("text-too-long", FindingArgument.Text("length"), FindingArgument.Text("limit"));

    /// <summary>Error: the same field twice in one object.</summary>
    public static readonly FindingCode DuplicateField = new("duplicate-field", FindingArgument.Text("name"));

    /// <summary>Warning: a field that is not part of the format, ignored.</summary>
    public static readonly FindingCode UnknownField = new("unknown-field", FindingArgument.Text("name"));

    /// <summary>Error: more activities than a document may hold.</summary>
    public static readonly FindingCode TooManyActivities = new("too-many-activities", FindingArgument.Text("count"), FindingArgument.Text("limit"));

    /// <summary>Error: more certifications than a document may hold.</summary>
    public static readonly FindingCode TooManyCertifications = new("too-many-certifications", FindingArgument.Text("count"), FindingArgument.Text("limit"));

    /// <summary>Error: a list with more items than it may hold.</summary>
    public static readonly FindingCode TooManyItems = new("too-many-items", FindingArgument.Text("count"), FindingArgument.Text("limit"));

    /// <summary>Error: more courses than a catalog may hold.</summary>
    public static readonly FindingCode TooManyCourses = new("too-many-courses", FindingArgument.Text("count"), FindingArgument.Text("limit"));

    /// <summary>Error: more certification–activity pairs than one evaluation accepts.</summary>
    public static readonly FindingCode TooLargeToEvaluate = new("too-large-to-evaluate", FindingArgument.Text("certifications"), FindingArgument.Text("activities"), FindingArgument.Text("limit"));

    /// <summary>Error: an activity left out because of the errors above it.</summary>
    public static readonly FindingCode ActivityLeftOut = new("activity-left-out");

    /// <summary>Error: a certification left out because of the errors above it.</summary>
    public static readonly FindingCode CertificationLeftOut = new("certification-left-out");

    /// <summary>Error: an activity completed before it was purchased.</summary>
    public static readonly FindingCode CompletedBeforePurchase = new("completed-before-purchase", FindingArgument.Date("completedOn"), FindingArgument.Date("purchasedOn"));

    /// <summary>Warning: two activities share an id.</summary>
    public static readonly FindingCode DuplicateActivityId = new("duplicate-activity-id", FindingArgument.Text("id"), FindingArgument.Place("first"));

    /// <summary>Error: a price below 0.</summary>
    public static readonly FindingCode NegativePrice = new("negative-price", FindingArgument.Text("value"));

    /// <summary>Error: a price with more than two decimals or above its limit.</summary>
    public static readonly FindingCode InvalidPrice = new("invalid-price", FindingArgument.Text("value"), FindingArgument.Text("limit"));

    /// <summary>Error: a certification date after the evaluation date.</summary>
    public static readonly FindingCode CertifiedAfterAsOf = new("certified-after-as-of", FindingArgument.Date("certifiedOn"), FindingArgument.Date("asOf"));

    /// <summary>Error: a certification date too early to be true.</summary>
    public static readonly FindingCode ImplausibleCertificationDate = new("implausible-certification-date", FindingArgument.Date("certifiedOn"), FindingArgument.Date("asOf"), FindingArgument.Date("earliest"));

    /// <summary>Error: not an ISO 8601 period.</summary>
    public static readonly FindingCode NotAPeriod = new("not-a-period", FindingArgument.Text("value"));

    /// <summary>Error: the same entry twice in a list.</summary>
    public static readonly FindingCode DuplicateEntry = new("duplicate-entry", FindingArgument.Text("value"), FindingArgument.Place("first"));

    /// <summary>Error: parts of a policy that contradict each other.</summary>
    public static readonly FindingCode InconsistentParts = new("inconsistent-parts", FindingArgument.Word("reason", "Inconsistent"));

    /// <summary>Error: a policy that contradicts itself.</summary>
    public static readonly FindingCode InconsistentPolicy = new("inconsistent-policy", FindingArgument.Word("reason", "Inconsistency"), FindingArgument.Text("subject"));

    /// <summary>Error: a part of a policy that cannot be used.</summary>
    public static readonly FindingCode InvalidPart = new("invalid-part", FindingArgument.Word("reason", "PartProblem"));

    /// <summary>Error: a rule id that is not well formed.</summary>
    public static readonly FindingCode InvalidRuleId = new("invalid-rule-id", FindingArgument.Text("value"));

    /// <summary>Error: two rules share an id.</summary>
    public static readonly FindingCode DuplicateRuleId = new("duplicate-rule-id", FindingArgument.Text("value"), FindingArgument.Place("first"));

    /// <summary>Error: two versions of a policy share an id.</summary>
    public static readonly FindingCode DuplicateVersion = new("duplicate-version", FindingArgument.Text("value"), FindingArgument.Place("first"));

    /// <summary>Error: two versions take effect on the same day.</summary>
    public static readonly FindingCode DuplicateEffectiveDate = new("duplicate-effective-date", FindingArgument.Place("first"));

    /// <summary>Error: more versions than a policy file may hold.</summary>
    public static readonly FindingCode TooManyVersions = new("too-many-versions", FindingArgument.Text("count"), FindingArgument.Text("limit"));

    /// <summary>Error: parts of a policy without a source.</summary>
    public static readonly FindingCode MissingSource = new("missing-source", FindingArgument.Text("parts"));

    /// <summary>Error: a source address that is not an absolute http or https URL.</summary>
    public static readonly FindingCode InvalidUrl = new("invalid-url", FindingArgument.Text("value"));

    /// <summary>Error: a value outside the set the format allows.</summary>
    public static readonly FindingCode UnknownValue = new("unknown-value", FindingArgument.Text("value"), FindingArgument.Text("known"));

    /// <summary>Error: a category the policy does not have.</summary>
    public static readonly FindingCode UnknownCategory = new("unknown-category", FindingArgument.Text("category"), FindingArgument.Categories("categories"));

    /// <summary>Error: two courses share an id.</summary>
    public static readonly FindingCode DuplicateCourseId = new("duplicate-course-id", FindingArgument.Text("id"), FindingArgument.Place("first"));

    /// <summary>Error: a course duration of zero or less.</summary>
    public static readonly FindingCode InvalidDuration = new("invalid-duration", FindingArgument.Minutes("minutes"));

    /// <summary>Error: a course longer than one course may plausibly last.</summary>
    public static readonly FindingCode AbsurdDuration = new("absurd-duration", FindingArgument.Minutes("minutes"), FindingArgument.Minutes("limit"));

    /// <summary>Warning: a course with offers states no duration.</summary>
    public static readonly FindingCode MissingDuration = new("missing-duration");

    /// <summary>Error: the content areas do not add up to the duration.</summary>
    public static readonly FindingCode ContentMinutesMismatch = new("content-minutes-mismatch", FindingArgument.Minutes("sum"), FindingArgument.Areas("areas"), FindingArgument.Minutes("minutes"));

    /// <summary>Error: a category twice among a course's content areas.</summary>
    public static readonly FindingCode DuplicateContentArea = new("duplicate-content-area", FindingArgument.Category("category"));

    /// <summary>Warning: a course offers credit to no credential.</summary>
    public static readonly FindingCode NoOffers = new("no-offers");

    /// <summary>Error: two offers to the same credential.</summary>
    public static readonly FindingCode DuplicateOffer = new("duplicate-offer", FindingArgument.Text("credential"), FindingArgument.Place("earlier"));

    /// <summary>Error: the body refuses the course's kind.</summary>
    public static readonly FindingCode KindNotAccepted = new("kind-not-accepted", FindingArgument.ActivityKind("kind"), FindingArgument.Text("credential"));

    /// <summary>Error: a self-study course states no completion period.</summary>
    public static readonly FindingCode MissingCompletionPeriod = new("missing-completion-period", FindingArgument.Text("credential"), FindingArgument.Period("within"));

    /// <summary>Error: a completion period longer than the body counts.</summary>
    public static readonly FindingCode CompletionPeriodTooLong = new("completion-period-too-long", FindingArgument.Period("given"), FindingArgument.Text("credential"), FindingArgument.Period("within"));

    /// <summary>Warning: an offer without credit lines.</summary>
    public static readonly FindingCode EmptyOffer = new("empty-offer", FindingArgument.Text("credential"));

    /// <summary>Error: a CPR card of a validity the body does not value.</summary>
    public static readonly FindingCode CprValidity = new("cpr-validity", FindingArgument.Period("stated"), FindingArgument.Text("credential"), FindingArgument.Period("required"));

    /// <summary>Error: a CPR course claiming other than the body's value of a card.</summary>
    public static readonly FindingCode CprCredit = new("cpr-credit", FindingArgument.Credit("credit"), FindingArgument.Category("category"), FindingArgument.Text("credential"), FindingArgument.Credits("claimed"));

    /// <summary>Warning: a credit line claims 0.</summary>
    public static readonly FindingCode ZeroAmount = new("zero-amount");

    /// <summary>Error: a credit line claims more than one course may plausibly earn.</summary>
    public static readonly FindingCode AbsurdAmount = new("absurd-amount", FindingArgument.Credit("credit"), FindingArgument.Text("limit"));

    /// <summary>Error: an approval claimed without an approval reference.</summary>
    public static readonly FindingCode ApprovalWithoutReference = new("approval-without-reference", FindingArgument.Text("bodies"));

    /// <summary>Error: a unit that is neither the body's nor one it converts.</summary>
    public static readonly FindingCode UnknownUnit = new("unknown-unit", FindingArgument.Text("unit"), FindingArgument.Text("credential"), FindingArgument.Units("units"));

    /// <summary>Information: a unit the body converts.</summary>
    public static readonly FindingCode ConvertedUnit = new("converted-unit", FindingArgument.Credit("from"), FindingArgument.Credit("to"), FindingArgument.Text("credential"));

    /// <summary>Error: no category where the body requires one.</summary>
    public static readonly FindingCode MissingCategory = new("missing-category", FindingArgument.Text("credential"), FindingArgument.Categories("categories"));

    /// <summary>Information: a category for a body without categories.</summary>
    public static readonly FindingCode CategoryIgnored = new("category-ignored", FindingArgument.Category("category"), FindingArgument.Text("credential"));

    /// <summary>Information: the content areas favour another category than the line claims.</summary>
    public static readonly FindingCode ImpliedCategory = new("implied-category", FindingArgument.Category("expected"), FindingArgument.Category("category"));

    /// <summary>Error: more credit than the duration supports.</summary>
    public static readonly FindingCode CreditExceedsDuration = new("credit-exceeds-duration", FindingArgument.Credit("claimed"), FindingArgument.Word("which", "Claim"), FindingArgument.Minutes("minutes"), FindingArgument.Credit("supported"), FindingArgument.Minutes("per"));

    /// <summary>Warning: approved credit beyond the usual rate for the duration.</summary>
    public static readonly FindingCode ApprovedCreditExceedsDuration = new("approved-credit-exceeds-duration", FindingArgument.Credit("claimed"), FindingArgument.Minutes("minutes"), FindingArgument.Credit("supported"), FindingArgument.Minutes("per"));

    /// <summary>Error: credit on a course shorter than the body's minimum.</summary>
    public static readonly FindingCode TooShort = new("too-short", FindingArgument.Minutes("minutes"), FindingArgument.Minutes("minimum"));

    /// <summary>Information: the body states no minutes per unit, so credit is not checked against time.</summary>
    public static readonly FindingCode DurationNotChecked = new("duration-not-checked", FindingArgument.Text("credential"));

    /// <summary>Warning: two people share an id; both were evaluated.</summary>
    public static readonly FindingCode DuplicatePersonId = new("duplicate-person-id", FindingArgument.Text("personId"), FindingArgument.Place("earlier"));

    /// <summary>Error: a line over its size limit, skipped to the next line (<c>reading</c> <c>next</c>), or without an end within 16 times the limit, where reading stopped (<c>stopped</c>).</summary>
    public static readonly FindingCode LineTooLarge = new("line-too-large", FindingArgument.Text("length"), FindingArgument.Text("limit"), FindingArgument.Word("reading", "Reading"));

    /// <summary>Error: a blank person id.</summary>
    public static readonly FindingCode InvalidPerson = new("invalid-person");

    /// <summary>Error: a line that could not be read or evaluated because of an internal error.</summary>
    public static readonly FindingCode InternalError = new("internal-error", FindingArgument.Text("error"));

    /// <summary>Error: a spreadsheet file over its size limit.</summary>
    public static readonly FindingCode FileTooLarge = new("file-too-large", FindingArgument.Text("limit"));

    /// <summary>Error: a file that cannot be read as CSV.</summary>
    public static readonly FindingCode NotCsv = new("not-csv", FindingArgument.Text("file"));

    /// <summary>Error: a file that cannot be read as an Excel workbook.</summary>
    public static readonly FindingCode NotAWorkbook = new("not-a-workbook", FindingArgument.Text("file"));

    /// <summary>Error: a sheet with more rows than are read.</summary>
    public static readonly FindingCode TooManyRows = new("too-many-rows", FindingArgument.Text("limit"));

    /// <summary>Information: a CSV file read as Windows-1252 because it is not UTF-8.</summary>
    public static readonly FindingCode EncodingWindows1252 = new("encoding-windows-1252");

    /// <summary>Warning: merged cells, read as the value of their first cell.</summary>
    public static readonly FindingCode MergedCells = new("merged-cells", FindingArgument.Text("sheet"), FindingArgument.Text("range"), FindingArgument.Text("value"));

    /// <summary>Warning: a sheet the format does not name, ignored.</summary>
    public static readonly FindingCode UnknownSheet = new("unknown-sheet", FindingArgument.Text("sheet"), FindingArgument.Text("file"));

    /// <summary>A sheet the format needs (error) or may have (warning) is missing.</summary>
    public static readonly FindingCode MissingSheet = new("missing-sheet", FindingArgument.Text("sheet"), FindingArgument.Text("file"));

    /// <summary>Error: no certification could be read; nothing can be evaluated or recommended.</summary>
    public static readonly FindingCode NoCertification = new("no-certification", FindingArgument.Word("what", "Document"));

    /// <summary>Error: a file with several people read as one person's.</summary>
    public static readonly FindingCode SeveralPeople = new("several-people", FindingArgument.Text("people"));

    /// <summary>Error: a person left out because of the errors in their rows.</summary>
    public static readonly FindingCode PersonLeftOut = new("person-left-out", FindingArgument.Text("value"));

    /// <summary>Warning: a column without a header, ignored.</summary>
    public static readonly FindingCode UnnamedColumn = new("unnamed-column");

    /// <summary>Warning: a column the format does not name, ignored.</summary>
    public static readonly FindingCode UnknownColumn = new("unknown-column", FindingArgument.Text("header"));

    /// <summary>Error: two columns with the same header.</summary>
    public static readonly FindingCode DuplicateColumn = new("duplicate-column", FindingArgument.Text("header"), FindingArgument.Text("field"));

    /// <summary>Error: a column the format needs is missing.</summary>
    public static readonly FindingCode MissingColumn = new("missing-column", FindingArgument.Text("sheet"), FindingArgument.Text("field"));

    /// <summary>Warning: a date stored as a number and read as a date.</summary>
    public static readonly FindingCode DateAsNumber = new("date-as-number", FindingArgument.Text("value"), FindingArgument.Date("date"));

    /// <summary>Error: a cell that cannot be read.</summary>
    public static readonly FindingCode BadCell = new("bad-cell", FindingArgument.Text("value"));

    /// <summary>Error: a date number outside the dates a workbook holds.</summary>
    public static readonly FindingCode BadSerialDate = new("bad-serial-date");

    /// <summary>Error: rows of one activity that disagree.</summary>
    public static readonly FindingCode ConflictingActivity = new("conflicting-activity", FindingArgument.Text("value"), FindingArgument.Text("first"));

    /// <summary>Error: a cell that holds a spreadsheet error such as #N/A.</summary>
    public static readonly FindingCode ErrorValue = new("error-value");

    /// <summary>Error: an exam attempt left out because of the errors in its row.</summary>
    public static readonly FindingCode ExamAttemptLeftOut = new("exam-attempt-left-out", FindingArgument.Word("why", "LeftOut"));

    /// <summary>Error: a formula whose value was never saved.</summary>
    public static readonly FindingCode FormulaWithoutValue = new("formula-without-value");

    /// <summary>Error: a required cell is empty.</summary>
    public static readonly FindingCode MissingValue = new("missing-value", FindingArgument.Word("expected", "CellValue"));

    /// <summary>Error: a cell that is not a number.</summary>
    public static readonly FindingCode NotANumber = new("not-a-number", FindingArgument.Text("value"));

    /// <summary>Error: a cell that is not a whole number.</summary>
    public static readonly FindingCode NotAWholeNumber = new("not-a-whole-number", FindingArgument.Text("value"));

    /// <summary>Error: a cell whose value the format does not accept.</summary>
    public static readonly FindingCode NotAccepted = new("not-accepted");

    /// <summary>Error: a cell that is not yes or no.</summary>
    public static readonly FindingCode NotYesOrNo = new("not-yes-or-no", FindingArgument.Text("value"));

    /// <summary>Error: a row left out because of the errors in it.</summary>
    public static readonly FindingCode RowLeftOut = new("row-left-out", FindingArgument.Word("why", "LeftOut"));

    /// <summary>Error: a row for a person the certifications sheet does not name.</summary>
    public static readonly FindingCode UnknownPerson = new("unknown-person", FindingArgument.Text("value"));

    /// <summary>Error: no catalog with a course was given.</summary>
    public static readonly FindingCode NoCatalog = new("no-catalog");

    /// <summary>Warning: a vendor publishes a course id twice; only the first is considered.</summary>
    public static readonly FindingCode DuplicateCourse = new("duplicate-course", FindingArgument.Text("vendor"), FindingArgument.Text("id"), FindingArgument.Place("first"));

    /// <summary>Warning: a course without a price, not recommended when cost is minimised.</summary>
    public static readonly FindingCode NoPrice = new("no-price", FindingArgument.Text("id"));

    /// <summary>Error: the chosen courses did not make the certification current when evaluated.</summary>
    public static readonly FindingCode VerificationFailed = new("verification-failed", FindingArgument.Text("credential"));

    /// <summary>Error: the command line is not understood (System.CommandLine's own message is the argument <c>error</c>).</summary>
    public static readonly FindingCode InvalidCommandLine = new("invalid-command-line", FindingArgument.Text("error"));

    /// <summary>Error: a <c>--culture</c> that names no language the words are written in.</summary>
    public static readonly FindingCode UnknownCulture = new("unknown-culture", FindingArgument.Text("value"));

    /// <summary>Error: a file could not be written; the reason is <c>not-found</c>, <c>no-permission</c> or <c>unwritable</c> (<see cref="WriteProblem(System.Exception)"/>).</summary>
    public static readonly FindingCode CannotWrite = new("cannot-write", FindingArgument.Word("what", "Document"), FindingArgument.Text("file"), FindingArgument.Word("reason", "WriteProblem"));

    /// <summary>Error: a file to be written is a file the command reads; nothing was written.</summary>
    public static readonly FindingCode OutputIsInput = new("output-is-input", FindingArgument.Text("option"), FindingArgument.Text("file"), FindingArgument.Word("what", "Input"), FindingArgument.Text("input"));

    /// <summary>Error: two files to be written are one file; nothing was written.</summary>
    public static readonly FindingCode SameOutput = new("same-output", FindingArgument.Text("option"), FindingArgument.Text("file"), FindingArgument.Text("other"), FindingArgument.Text("second"));

    /// <summary>Error: a report file whose extension names no format the report is written in.</summary>
    public static readonly FindingCode UnsupportedFormat = new("unsupported-format", FindingArgument.Text("file"), FindingArgument.Text("formats"));

    /// <summary>Error: <c>--catalog</c> with an output format that has no section for courses (json, ics).</summary>
    public static readonly FindingCode CatalogNotForFormat = new("catalog-not-for-format", FindingArgument.Text("format"));

    /// <summary>Error: a <c>--column</c> mapping that is not HEADER=COLUMN-ID.</summary>
    public static readonly FindingCode InvalidColumnMapping = new("invalid-column-mapping", FindingArgument.Text("value"));

    /// <summary>Error: a CSV file of activities without the CSV file of certifications.</summary>
    public static readonly FindingCode MissingCertificationsFile = new("missing-certifications-file", FindingArgument.Text("file"), FindingArgument.Text("guide"));

    /// <summary>Error: two policy files state the same credential.</summary>
    public static readonly FindingCode DuplicateCredential = new("duplicate-credential", FindingArgument.Text("credential"), FindingArgument.Text("first"));

    /// <summary>Warning: a policy folder without a policy file; only the other policies are in force (the path is the folder).</summary>
    public static readonly FindingCode NoPolicyFiles = new("no-policy-files");

    /// <summary>Error: a policy file that contradicts the other policies in force.</summary>
    public static readonly FindingCode ConflictingPolicies = new("conflicting-policies", FindingArgument.Text("file"));

    /// <summary>Error: a rule id that no policy version has.</summary>
    public static readonly FindingCode UnknownRule = new("unknown-rule", FindingArgument.Text("value"));

    /// <summary>Error: a run stopped by an interrupt (SIGINT, SIGTERM) before it wrote anything; <c>what</c> says what was stopped.</summary>
    public static readonly FindingCode Interrupted = new("interrupted", FindingArgument.Word("what", "Stopped"));

    /// <summary>Error: a batch stopped by an interrupt; <c>report</c> says what became of the report file.</summary>
    public static readonly FindingCode BatchInterrupted = new("batch-interrupted", FindingArgument.Text("people"), FindingArgument.Word("report", "Kept"));

    /// <summary>Error: a batch that failed to read its input or write its report part way; <c>report</c> says what became of the report file.</summary>
    public static readonly FindingCode BatchFailed = new("batch-failed", FindingArgument.Text("file"), FindingArgument.Word("reason", "RunProblem"), FindingArgument.Word("report", "Kept"));

    /// <summary>Information: more malformed lines than are listed one by one; <c>where</c> says where all of them are.</summary>
    public static readonly FindingCode MoreMalformedLines = new("more-malformed-lines", FindingArgument.Text("count"), FindingArgument.Word("where", "Listed"));

    /// <summary>Error: a file of a conformance corpus that is not a conformance case.</summary>
    public static readonly FindingCode InvalidConformanceCase = new("invalid-conformance-case", FindingArgument.Text("file"), FindingArgument.Word("reason", "CaseProblem"));

    /// <summary>Error: a conformance corpus without a case.</summary>
    public static readonly FindingCode NoConformanceCase = new("no-conformance-case", FindingArgument.Text("directory"));

    /// <summary>Error: a command stopped by an internal error (the argument <c>error</c> is the kind of error, never its message).</summary>
    public static readonly FindingCode UnexpectedError = new("unexpected-error", FindingArgument.Text("error"));

    /// <summary>Error (HTTP 415): a request body sent as a media type the endpoint does not read; <c>sent</c> is the request's Content-Type.</summary>
    public static readonly FindingCode UnsupportedMediaType = new("unsupported-media-type", FindingArgument.Text("sent"), FindingArgument.Text("expected"));

    /// <summary>Error (HTTP 406): an Accept header that allows none of the media types a response is sent as.</summary>
    public static readonly FindingCode NotAcceptable = new("not-acceptable", FindingArgument.Text("types"));

    /// <summary>Error (HTTP 413): a request over the service's memory budget; <c>measure</c> says which limit (its findings or its evaluation work), <c>setting</c> names it.</summary>
    public static readonly FindingCode OverBudget = new("over-budget", FindingArgument.Word("measure", "Budget"), FindingArgument.Text("value"), FindingArgument.Text("limit"), FindingArgument.Text("setting"));

    /// <summary>Error (HTTP 400, 408 or 413): a request body the server could not read; <c>fault</c> says how, without quoting it.</summary>
    public static readonly FindingCode UnreadableBody = new("unreadable-body", FindingArgument.Word("fault", "BodyFault"));

    /// <summary>Error (HTTP 401): a request without accepted credentials.</summary>
    public static readonly FindingCode Unauthorized = new("unauthorized");

    /// <summary>Error (HTTP 403): credentials that do not allow the request.</summary>
    public static readonly FindingCode Forbidden = new("forbidden");

    /// <summary>Error (HTTP 404): a path with no resource.</summary>
    public static readonly FindingCode NotFound = new("not-found");

    /// <summary>Error (HTTP 405): a method the path does not accept.</summary>
    public static readonly FindingCode MethodNotAllowed = new("method-not-allowed");

    /// <summary>Error: any other refusal of the HTTP service, by its status code.</summary>
    public static readonly FindingCode RequestRefused = new("request-refused", FindingArgument.Text("status"));

    /// <summary>Error (HTTP 504, or the last line of a stream): the request's time limit, in seconds, was reached and its work stopped.</summary>
    public static readonly FindingCode TimeLimit = new("time-limit", FindingArgument.Text("seconds"));

    /// <summary>Error (HTTP 503): every evaluation the service works on at once is taken and the queue is full.</summary>
    public static readonly FindingCode Busy = new("busy");

    /// <summary>Error (HTTP 429): the client's requests for the current window are used up.</summary>
    public static readonly FindingCode RateLimited = new("rate-limited");

    /// <summary>Error (HTTP 500): the service failed; its log names the failure, the response never does.</summary>
    public static readonly FindingCode ServiceFailure = new("service-failure");

    /// <summary>Every declared code, in the order above.</summary>
    public static ImmutableArray<FindingCode> All { get; } =
    [
        InvalidJson,
        TooDeep,
        WrongEncoding,
        DocumentTooLarge,
        InvalidEscape,
        CannotRead,
        WrongType,
        MissingField,
        NotADate,
        UnknownCredential,
        InvalidId,
        IdCase,
        UnknownKind,
        NegativeAmount,
        OverPreciseAmount,
        InvalidAmount,
        InvalidNumber,
        OutOfRange,
        TextTooLong,
        DuplicateField,
        UnknownField,
        TooManyActivities,
        TooManyCertifications,
        TooManyItems,
        TooManyCourses,
        TooLargeToEvaluate,
        ActivityLeftOut,
        CertificationLeftOut,
        CompletedBeforePurchase,
        DuplicateActivityId,
        NegativePrice,
        InvalidPrice,
        CertifiedAfterAsOf,
        ImplausibleCertificationDate,
        NotAPeriod,
        DuplicateEntry,
        InconsistentParts,
        InconsistentPolicy,
        InvalidPart,
        InvalidRuleId,
        DuplicateRuleId,
        DuplicateVersion,
        DuplicateEffectiveDate,
        TooManyVersions,
        MissingSource,
        InvalidUrl,
        UnknownValue,
        UnknownCategory,
        DuplicateCourseId,
        InvalidDuration,
        AbsurdDuration,
        MissingDuration,
        ContentMinutesMismatch,
        DuplicateContentArea,
        NoOffers,
        DuplicateOffer,
        KindNotAccepted,
        MissingCompletionPeriod,
        CompletionPeriodTooLong,
        EmptyOffer,
        CprValidity,
        CprCredit,
        ZeroAmount,
        AbsurdAmount,
        ApprovalWithoutReference,
        UnknownUnit,
        ConvertedUnit,
        MissingCategory,
        CategoryIgnored,
        ImpliedCategory,
        CreditExceedsDuration,
        ApprovedCreditExceedsDuration,
        TooShort,
        DurationNotChecked,
        DuplicatePersonId,
        LineTooLarge,
        InvalidPerson,
        InternalError,
        FileTooLarge,
        NotCsv,
        NotAWorkbook,
        TooManyRows,
        EncodingWindows1252,
        MergedCells,
        UnknownSheet,
        MissingSheet,
        NoCertification,
        SeveralPeople,
        PersonLeftOut,
        UnnamedColumn,
        UnknownColumn,
        DuplicateColumn,
        MissingColumn,
        DateAsNumber,
        BadCell,
        BadSerialDate,
        ConflictingActivity,
        ErrorValue,
        ExamAttemptLeftOut,
        FormulaWithoutValue,
        MissingValue,
        NotANumber,
        NotAWholeNumber,
        NotAccepted,
        NotYesOrNo,
        RowLeftOut,
        UnknownPerson,
        NoCatalog,
        DuplicateCourse,
        NoPrice,
        VerificationFailed,
        InvalidCommandLine,
        UnknownCulture,
        CannotWrite,
        OutputIsInput,
        SameOutput,
        UnsupportedFormat,
        CatalogNotForFormat,
        InvalidColumnMapping,
        MissingCertificationsFile,
        DuplicateCredential,
        NoPolicyFiles,
        ConflictingPolicies,
        UnknownRule,
        Interrupted,
        BatchInterrupted,
        BatchFailed,
        MoreMalformedLines,
        InvalidConformanceCase,
        NoConformanceCase,
        UnexpectedError,
        UnsupportedMediaType,
        NotAcceptable,
        OverBudget,
        UnreadableBody,
        Unauthorized,
        Forbidden,
        NotFound,
        MethodNotAllowed,
        RequestRefused,
        TimeLimit,
        Busy,
        RateLimited,
        ServiceFailure,
    ];

    private static readonly Dictionary<string, FindingCode> ById = CreateIndex();

    /// <summary>The declared code with the id <paramref name="id"/>.</summary>
    /// <param name="id">The code, for example "not-a-date".</param>
    /// <param name="code">The declared code, or null.</param>
    /// <returns>Whether the code is declared.</returns>
    public static bool TryGet(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FindingCode? code)
    {
        code = null;
        return id is not null && ById.TryGetValue(id, out code);
    }

    private static Dictionary<string, FindingCode> CreateIndex()
    {
        var index = new Dictionary<string, FindingCode>(StringComparer.Ordinal);
        foreach (var code in All)
        {
            index.Add(code.Id, code);
        }
        return index;
    }

    /// <summary>The coded reason of a <c>cannot-read</c> finding for what stopped a file or folder from being read: <c>not-found</c>, <c>no-permission</c> or <c>unreadable</c>.</summary>
    /// <param name="exception">What the file system threw.</param>
    /// <returns>The reason's code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string ReadProblem(Exception exception) => Utility.Preconditions.CheckNotNull(exception) switch
    {
        System.IO.FileNotFoundException or System.IO.DirectoryNotFoundException => "not-found",
        UnauthorizedAccessException or System.Security.SecurityException => "no-permission",
        _ => "unreadable",
    };

    /// <summary>The coded reason of a <c>cannot-write</c> finding for what stopped a file from being written: <c>not-found</c> (its folder does not exist), <c>no-permission</c> or <c>unwritable</c>.</summary>
    /// <param name="exception">What the file system threw.</param>
    /// <returns>The reason's code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string WriteProblem(Exception exception) => Utility.Preconditions.CheckNotNull(exception) switch
    {
        System.IO.FileNotFoundException or System.IO.DirectoryNotFoundException => "not-found",
        UnauthorizedAccessException or System.Security.SecurityException => "no-permission",
        _ => "unwritable",
    };
}
