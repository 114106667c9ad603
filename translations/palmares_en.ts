<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationFile</name>
    <message>
        <source>application</source>
        <extracomment>The start of the file name of a candidate&apos;s application: « dossier-07-… .pdf ».</extracomment>
        <translation>application</translation>
    </message>
    <message>
        <source>Application no. %1, received on %2</source>
        <translation>Application no. %1, received on %2</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Activity (NAF)</source>
        <translation>Activity (NAF)</translation>
    </message>
    <message>
        <source>Social and solidarity economy</source>
        <translation>Social and solidarity economy</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Surface requested</source>
        <translation>Surface requested</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Intended use</translation>
    </message>
    <message>
        <source>Jobs (FTE)</source>
        <translation>Jobs (FTE)</translation>
    </message>
    <message>
        <source>Wanted start</source>
        <translation>Wanted start</translation>
    </message>
    <message>
        <source>Application of %1</source>
        <translation>Application of %1</translation>
    </message>
</context>
<context>
    <name>CampaignFile</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a Palmarès campaign file.</source>
        <translation>%1 is not a Palmarès campaign file.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Palmarès campaign.</source>
        <translation>%1 is an SQLite database, but not a Palmarès campaign.</translation>
    </message>
    <message>
        <source>%1 is damaged (truncated or corrupt) and cannot be opened.</source>
        <translation>%1 is damaged (truncated or corrupt) and cannot be opened.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Palmarès (file format %2; this version reads up to %3).</source>
        <translation>%1 was written by a newer version of Palmarès (file format %2; this version reads up to %3).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 cannot be created: %2</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but its backup copy %2 cannot be written.</source>
        <translation>%1 needs an upgrade, but its backup copy %2 cannot be written.</translation>
    </message>
    <message>
        <source>%1 cannot be upgraded: %2</source>
        <translation>%1 cannot be upgraded: %2</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>The audit log cannot be written: %1</translation>
    </message>
    <message>
        <source>The campaign settings cannot be saved: %1</source>
        <translation>The campaign settings cannot be saved: %1</translation>
    </message>
    <message>
        <source>No SQLite connection.</source>
        <translation>No SQLite connection.</translation>
    </message>
    <message>
        <source>A score cannot be written: %1</source>
        <translation>A score cannot be written: %1</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>the campaign row is missing</source>
        <translation>the campaign row is missing</translation>
    </message>
    <message>
        <source>unknown tie-break key in &quot;%1&quot;</source>
        <translation>unknown tie-break key in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The campaign cannot be written: %1</source>
        <translation>The campaign cannot be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), %1 score(s)</source>
        <translation>
            <numerusform>%n candidate, %1 score(s)</numerusform>
            <numerusform>%n candidates, %1 score(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the open campaign itself.</source>
        <translation>%1 is the open campaign itself.</translation>
    </message>
    <message>
        <source>The change cannot be saved: %1</source>
        <translation>The change cannot be saved: %1</translation>
    </message>
    <message>
        <source>Attachment %1 cannot be read: %2</source>
        <translation>Attachment %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>it is not in the campaign</source>
        <translation>it is not in the campaign</translation>
    </message>
    <message>
        <source>A score cannot be removed: %1</source>
        <translation>A score cannot be removed: %1</translation>
    </message>
    <message>
        <source>%1 carries the mark of a Palmarès campaign but holds none (no tables).</source>
        <translation>%1 carries the mark of a Palmarès campaign but holds none (no tables).</translation>
    </message>
    <message>
        <source>%1 is open for reading only.</source>
        <translation>%1 is open for reading only.</translation>
    </message>
    <message>
        <source>%1 was left half-written by a program that stopped (its journal %2 is beside it): open it for writing once, in Palmarès, to finish the repair.</source>
        <translation>%1 was left half-written by a program that stopped (its journal %2 is beside it): open it for writing once, in Palmarès, to finish the repair.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that has it open (a database tool, a backup…): nothing was saved. Close that program, then try again.</source>
        <translation>%1 is locked by another program that has it open (a database tool, a backup…): nothing was saved. Close that program, then try again.</translation>
    </message>
    <message>
        <source>The journal of %1 cannot be read: %2</source>
        <translation>The journal of %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>CampaignTemplate</name>
    <message>
        <source>a non-empty text is required</source>
        <translation>a non-empty text is required</translation>
    </message>
    <message>
        <source>a number between %1 and %2 is required</source>
        <translation>a number between %1 and %2 is required</translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation>true or false is required</translation>
    </message>
    <message>
        <source>a list is required</source>
        <translation>a list is required</translation>
    </message>
    <message>
        <source>an object is required</source>
        <translation>an object is required</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>not a Palmarès campaign template (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>not a Palmarès campaign template (&quot;format&quot; is not &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>version: a positive whole number is required</source>
        <translation>version: a positive whole number is required</translation>
    </message>
    <message>
        <source>unknown use type &quot;%1&quot; (expected one of %2)</source>
        <translation>unknown use type &quot;%1&quot; (expected one of %2)</translation>
    </message>
    <message>
        <source>at least one pillar is required</source>
        <translation>at least one pillar is required</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is used twice</source>
        <translation>the code &quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <source>at least one criterion is required</source>
        <translation>at least one criterion is required</translation>
    </message>
    <message>
        <source>at least one jury is required</source>
        <translation>at least one jury is required</translation>
    </message>
    <message>
        <source>expected mean, median or trimmed_mean</source>
        <translation>expected mean, median or trimmed_mean</translation>
    </message>
    <message>
        <source>expected final, registration or jury:&lt;code of a jury&gt;</source>
        <translation>expected final, registration or jury:&lt;code of a jury&gt;</translation>
    </message>
    <message>
        <source>expected greedy or best_value</source>
        <translation>expected greedy or best_value</translation>
    </message>
    <message>
        <source>version: template format %1 is newer than this version of Palmarès reads (up to %2)</source>
        <translation>version: template format %1 is newer than this version of Palmarès reads (up to %2)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one word: a code has no spaces</source>
        <translation>&quot;%1&quot; is not one word: a code has no spaces</translation>
    </message>
    <message>
        <source>a text without control characters is required</source>
        <translation>a text without control characters is required</translation>
    </message>
    <message>
        <source>the maximum must be above the minimum, and the step no wider than the scale</source>
        <translation>the maximum must be above the minimum, and the step no wider than the scale</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>A pillar profile needs at least three pillars.</source>
        <translation>A pillar profile needs at least three pillars.</translation>
    </message>
    <message>
        <source>Pillar scores out of 100, per jury</source>
        <translation>Pillar scores out of 100, per jury</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Fill of the site after each laureate, in percent of the rentable surface</source>
        <translation>Fill of the site after each laureate, in percent of the rentable surface</translation>
    </message>
    <message>
        <source>Fill after the laureate</source>
        <translation>Fill after the laureate</translation>
    </message>
    <message>
        <source>Laureates in the order they were placed</source>
        <translation>Laureates in the order they were placed</translation>
    </message>
    <message>
        <source>% of the site</source>
        <translation>% of the site</translation>
    </message>
    <message>
        <source>Fill target</source>
        <translation>Fill target</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>Output format: table (default), csv or json.</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Output format: table (default) or json.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Replace FILE if it exists.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Usage: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s), got %1; usage: %2 %3</source>
        <translation>
            <numerusform>expected %n argument, got %1; usage: %2 %3</numerusform>
            <numerusform>expected %n arguments, got %1; usage: %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see %2 --help</source>
        <translation>unknown command &quot;%1&quot;; see %2 --help</translation>
    </message>
    <message>
        <source>Set the campaign up from a template (JSON).</source>
        <translation>Set the campaign up from a template (JSON).</translation>
    </message>
    <message>
        <source>Creates an empty campaign with the five default pillars, their criteria and two juries, or one set up from a campaign template.</source>
        <translation>Creates an empty campaign with the five default pillars, their criteria and two juries, or one set up from a campaign template.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 already exists; use --force to replace it.</translation>
    </message>
    <message>
        <source>Saves the campaign&apos;s set-up (site, buildings, fill target, pillars, criteria, weights, rubric, thresholds, juries and rules), without candidates, jurors or scores.</source>
        <translation>Saves the campaign&apos;s set-up (site, buildings, fill target, pillars, criteria, weights, rubric, thresholds, juries and rules), without candidates, jurors or scores.</translation>
    </message>
    <message>
        <source>Template written to %1.</source>
        <translation>Template written to %1.</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same campaign.</source>
        <translation>Random seed; the same seed gives the same campaign.</translation>
    </message>
    <message>
        <source>Creates a realistic demo campaign: a former air base of about 55,000 m², about 60 applicants, an expert and a citizen jury, complete scores.</source>
        <translation>Creates a realistic demo campaign: a former air base of about 55,000 m², about 60 applicants, an expert and a citizen jury, complete scores.</translation>
    </message>
    <message>
        <source>--seed expects a whole number, not &quot;%1&quot;.</source>
        <translation>--seed expects a whole number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Shows counts, capacity and completeness.</source>
        <translation>Shows counts, capacity and completeness.</translation>
    </message>
    <message>
        <source>--format expects table or json, not &quot;%1&quot;.</source>
        <translation>--format expects table or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Prints the ranking: final, jury and pillar scores, flags and the tie-break used.</source>
        <translation>Prints the ranking: final, jury and pillar scores, flags and the tie-break used.</translation>
    </message>
    <message>
        <source>--format expects table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format expects table, csv or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Selection rule: greedy (walk the ranking) or best-value (exact knapsack); default: the campaign&apos;s rule.</source>
        <translation>Selection rule: greedy (walk the ranking) or best-value (exact knapsack); default: the campaign&apos;s rule.</translation>
    </message>
    <message>
        <source>Prints the laureates with cumulative surface and fill, the candidates not selected and why, and the waiting list.</source>
        <translation>Prints the laureates with cumulative surface and fill, the candidates not selected and why, and the waiting list.</translation>
    </message>
    <message>
        <source>--rule expects greedy or best-value, not &quot;%1&quot;.</source>
        <translation>--rule expects greedy or best-value, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Campaign created: %1.</source>
        <translation>Campaign created: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Demo campaign written to %1: %n candidate(s), %2 scores.</source>
        <translation>
            <numerusform>Demo campaign written to %1: %n candidate, %2 scores.</numerusform>
            <numerusform>Demo campaign written to %1: %n candidates, %2 scores.</numerusform>
        </translation>
    </message>
    <message>
        <source>no command given; see %1 --help</source>
        <translation>no command given; see %1 --help</translation>
    </message>
    <message>
        <source>the best-value selection is too large to be solved exactly; use --rule greedy</source>
        <translation>the best-value selection is too large to be solved exactly; use --rule greedy</translation>
    </message>
    <message>
        <source>What the file holds: candidates, jurors, conflicts, buildings or scores.</source>
        <translation>What the file holds: candidates, jurors, conflicts, buildings or scores.</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first).</source>
        <translation>The sheet of a workbook to read (default: the first).</translation>
    </message>
    <message>
        <source>Which column holds which field, as JSON {&quot;field&quot;: &quot;header&quot; or column number}; default: the mapping this campaign remembers, then the headers&apos; names.</source>
        <translation>Which column holds which field, as JSON {&quot;field&quot;: &quot;header&quot; or column number}; default: the mapping this campaign remembers, then the headers&apos; names.</translation>
    </message>
    <message>
        <source>Check every row and report, write nothing.</source>
        <translation>Check every row and report, write nothing.</translation>
    </message>
    <message>
        <source>A row matching a record already there (same SIRET, e-mail, name or score): skip (default) or update.</source>
        <translation>A row matching a record already there (same SIRET, e-mail, name or score): skip (default) or update.</translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected.</source>
        <translation>Import nothing if any row is rejected.</translation>
    </message>
    <message>
        <source>Save the problems found as CSV.</source>
        <translation>Save the problems found as CSV.</translation>
    </message>
    <message>
        <source>Imports the rows of SOURCE (CSV with ; , or tab, UTF-8 or Windows-1252; XLSX; ODS) into the campaign FILE. Every row is checked first; the valid rows are written in one transaction, with an audit entry naming SOURCE and its SHA-256. The exit status is 1 when a row was rejected.</source>
        <translation>Imports the rows of SOURCE (CSV with ; , or tab, UTF-8 or Windows-1252; XLSX; ODS) into the campaign FILE. Every row is checked first; the valid rows are written in one transaction, with an audit entry naming SOURCE and its SHA-256. The exit status is 1 when a row was rejected.</translation>
    </message>
    <message>
        <source>--kind expects candidates, jurors, conflicts, buildings or scores, not &quot;%1&quot;.</source>
        <translation>--kind expects candidates, jurors, conflicts, buildings or scores, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--on-duplicate expects skip or update, not &quot;%1&quot;.</source>
        <translation>--on-duplicate expects skip or update, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>no column found for: %1. The columns of %2 are: %3. Give a --mapping file.</source>
        <translation>no column found for: %1. The columns of %2 are: %3. Give a --mapping file.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, sheet %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>row %1, %2 &quot;%3&quot;: %4</source>
        <translation>row %1, %2 &quot;%3&quot;: %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n row read</numerusform>
            <numerusform>%1: %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already there)</source>
        <translation>
            <numerusform>%n skipped (already there)</numerusform>
            <numerusform>%n skipped (already there)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: --strict and %n row(s) rejected.</source>
        <translation>
            <numerusform>Nothing was imported: --strict and %n row rejected.</numerusform>
            <numerusform>Nothing was imported: --strict and %n rows rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Imported into %1.</translation>
    </message>
    <message>
        <source>For scores: one column per criterion of this campaign (wide form).</source>
        <translation>For scores: one column per criterion of this campaign (wide form).</translation>
    </message>
    <message>
        <source>Writes an empty spreadsheet with the French headers an import of that kind expects.</source>
        <translation>Writes an empty spreadsheet with the French headers an import of that kind expects.</translation>
    </message>
    <message>
        <source>%1; %2, %3, %4, %5.</source>
        <extracomment>The counts of an import: rows read in the file; new, updated, skipped, rejected.</extracomment>
        <translation>%1; %2, %3, %4, %5.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Why the campaign goes back a step (kept in its journal).</source>
        <translation>Why the campaign goes back a step (kept in its journal).</translation>
    </message>
    <message>
        <source>Moves the campaign to another status: forward any number of steps, or one step back with a reason (docs/lifecycle.md).</source>
        <translation>Moves the campaign to another status: forward any number of steps, or one step back with a reason (docs/lifecycle.md).</translation>
    </message>
    <message>
        <source>STATUS expects draft, open, scoring, deliberation or closed, not &quot;%1&quot;.</source>
        <translation>STATUS expects draft, open, scoring, deliberation or closed, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1: %2 → %3.</translation>
    </message>
    <message>
        <source>Prints the campaign&apos;s journal, oldest first: every change saved, when, by whom, what it touched, the candidate and the juror it concerns.</source>
        <translation>Prints the campaign&apos;s journal, oldest first: every change saved, when, by whom, what it touched, the candidate and the juror it concerns.</translation>
    </message>
    <message>
        <source>The language of the campaign&apos;s juries, pillars and criteria: fr (default) or en.</source>
        <translation>The language of the campaign&apos;s juries, pillars and criteria: fr (default) or en.</translation>
    </message>
    <message>
        <source>--language expects fr or en, not &quot;%1&quot;.</source>
        <translation>--language expects fr or en, not &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>expected at least %n argument(s), got %1; usage: %2 %3</source>
        <translation>
            <numerusform>expected at least %n argument, got %1; usage: %2 %3</numerusform>
            <numerusform>expected at least %n arguments, got %1; usage: %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the jurors of this jury (its code).</source>
        <translation>Only the jurors of this jury (its code).</translation>
    </message>
    <message>
        <source>Only this juror (their number); may be repeated.</source>
        <translation>Only this juror (their number); may be repeated.</translation>
    </message>
    <message>
        <source>Writes into OUTDIR one encrypted package per juror (docs/juror-package.md), holding the candidates assigned to them, with their applications, and the scores already received. A juror exported before keeps their passphrase.</source>
        <translation>Writes into OUTDIR one encrypted package per juror (docs/juror-package.md), holding the candidates assigned to them, with their applications, and the scores already received. A juror exported before keeps their passphrase.</translation>
    </message>
    <message>
        <source>--jury: this campaign has no jury &quot;%1&quot;.</source>
        <translation>--jury: this campaign has no jury &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--juror: this campaign has no juror number &quot;%1&quot;.</source>
        <translation>--juror: this campaign has no juror number &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s)</source>
        <translation>
            <numerusform>%1: %n candidate</numerusform>
            <numerusform>%1: %n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written into %1.</source>
        <translation>
            <numerusform>%n package written into %1.</numerusform>
            <numerusform>%n packages written into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passphrase letter(s) written into %1: print them and hand them over apart from the packages.</source>
        <translation>
            <numerusform>%n passphrase letter written into %1: print them and hand them over apart from the packages.</numerusform>
            <numerusform>%n passphrase letters written into %1: print them and hand them over apart from the packages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why scores change in deliberation (kept in the journal).</source>
        <translation>Why scores change in deliberation (kept in the journal).</translation>
    </message>
    <message>
        <source>Takes in the packages jurors sent back, each checked first (its campaign, its juror, its seal) and imported in one transaction with a journal entry. A file imported already changes nothing. A score changed both by the juror and in the campaign since the export is not taken: it is listed as a conflict to settle. The exit status is 1 when a file was refused.</source>
        <translation>Takes in the packages jurors sent back, each checked first (its campaign, its juror, its seal) and imported in one transaction with a journal entry. A file imported already changes nothing. A score changed both by the juror and in the campaign since the export is not taken: it is listed as a conflict to settle. The exit status is 1 when a file was refused.</translation>
    </message>
    <message>
        <source>%1: imported already, nothing changes.</source>
        <translation>%1: imported already, nothing changes.</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>No juror is chosen.</source>
        <translation>No juror is chosen.</translation>
    </message>
    <message>
        <source>Writes into OUTDIR each juror&apos;s blank score sheets (PDF): a page per candidate assigned to them, a row per criterion with its rubric and a box for the value, to score on paper.</source>
        <translation>Writes into OUTDIR each juror&apos;s blank score sheets (PDF): a page per candidate assigned to them, a row per criterion with its rubric and a box for the value, to score on paper.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>The folder %1 cannot be made.</translation>
    </message>
    <message numerus="yes">
        <source>Score sheets of %n juror(s) written into %1.</source>
        <translation>
            <numerusform>Score sheets of %n juror written into %1.</numerusform>
            <numerusform>Score sheets of %n jurors written into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fingerprint to check (64 hexadecimal digits).</source>
        <translation>The fingerprint to check (64 hexadecimal digits).</translation>
    </message>
    <message>
        <source>Without --fingerprint, prints the fingerprint of the campaign&apos;s result: SHA-256 over its rules, site, pillars, criteria, juries, jurors, candidates, conflicts, scores and decisions (docs/fingerprint.md), and the digest of each. With it, says whether the campaign still gives the result of that fingerprint; the exit status is 1 when it does not.</source>
        <translation>Without --fingerprint, prints the fingerprint of the campaign&apos;s result: SHA-256 over its rules, site, pillars, criteria, juries, jurors, candidates, conflicts, scores and decisions (docs/fingerprint.md), and the digest of each. With it, says whether the campaign still gives the result of that fingerprint; the exit status is 1 when it does not.</translation>
    </message>
    <message>
        <source>--fingerprint expects 64 hexadecimal digits, not &quot;%1&quot;.</source>
        <translation>--fingerprint expects 64 hexadecimal digits, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 gives the result of that fingerprint.</source>
        <translation>%1 gives the result of that fingerprint.</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options] ARGUMENTS
Scores, ranks and selects the candidates of a call for expressions of interest (AMI).

Commands:
  new FILE [--template T.json]   create an empty campaign (or one set up from a template)
  export-template FILE OUT.json  save the campaign&apos;s set-up, without candidates or scores
  demo FILE [--seed N] [--language fr|en]
                                 create a realistic demo campaign (in French by default)
  info FILE                      counts, capacity and completeness
  journal FILE                   every change saved: when, who, what, which candidate or juror
  rank FILE                      the ranking, with every score and flag
  select FILE [--rule R]         laureates, skipped candidates, waiting list and fill
  import FILE --kind K SOURCE    import candidates, jurors, conflicts, buildings or scores
                                 from a CSV, XLSX or ODS file, every row checked first
  template --kind K OUT          an empty CSV or XLSX file with the headers an import expects
  status FILE STATUS [--reason R] move the campaign to draft, open, scoring, deliberation or
                                 closed (one step back needs a reason)
  export-packages FILE OUTDIR [--jury CODE] [--juror ID...]
                                 one encrypted package per juror, to score offline, and its
                                 passphrase letter
  score-sheets FILE OUTDIR [--jury CODE] [--juror ID...]
                                 blank score sheets per juror, to score on paper (PDF)
  import-returns FILE RETURN...  take in the packages jurors sent back
  report FILE --out X.pdf|X.odt|X.xlsx|X.csv [--minutes] [--public]
                                 the ranked laureate report or the minutes (PDF, ODT),
                                 or the ranking and every score as a spreadsheet
  verify FILE [--fingerprint HEX] the fingerprint of the campaign&apos;s result, or whether
                                 the campaign still gives the result of that fingerprint

&quot;%1 COMMAND --help&quot; describes a command&apos;s options.
</source>
        <translation>Usage: %1 COMMAND [options] ARGUMENTS
Scores, ranks and selects the candidates of a call for expressions of interest (AMI).

Commands:
  new FILE [--template T.json]   create an empty campaign (or one set up from a template)
  export-template FILE OUT.json  save the campaign&apos;s set-up, without candidates or scores
  demo FILE [--seed N] [--language fr|en]
                                 create a realistic demo campaign (in French by default)
  info FILE                      counts, capacity and completeness
  journal FILE                   every change saved: when, who, what, which candidate or juror
  rank FILE                      the ranking, with every score and flag
  select FILE [--rule R]         laureates, skipped candidates, waiting list and fill
  import FILE --kind K SOURCE    import candidates, jurors, conflicts, buildings or scores
                                 from a CSV, XLSX or ODS file, every row checked first
  template --kind K OUT          an empty CSV or XLSX file with the headers an import expects
  status FILE STATUS [--reason R] move the campaign to draft, open, scoring, deliberation or
                                 closed (one step back needs a reason)
  export-packages FILE OUTDIR [--jury CODE] [--juror ID...]
                                 one encrypted package per juror, to score offline, and its
                                 passphrase letter
  score-sheets FILE OUTDIR [--jury CODE] [--juror ID...]
                                 blank score sheets per juror, to score on paper (PDF)
  import-returns FILE RETURN...  take in the packages jurors sent back
  report FILE --out X.pdf|X.odt|X.xlsx|X.csv [--minutes] [--public]
                                 the ranked laureate report or the minutes (PDF, ODT),
                                 or the ranking and every score as a spreadsheet
  verify FILE [--fingerprint HEX] the fingerprint of the campaign&apos;s result, or whether
                                 the campaign still gives the result of that fingerprint

&quot;%1 COMMAND --help&quot; describes a command&apos;s options.
</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt, .xlsx or .csv.</source>
        <translation>The file to write: .pdf, .odt, .xlsx or .csv.</translation>
    </message>
    <message>
        <source>The minutes of the deliberation instead of the laureate report (.pdf or .odt).</source>
        <translation>The minutes of the deliberation instead of the laureate report (.pdf or .odt).</translation>
    </message>
    <message>
        <source>The public version: no juror&apos;s name next to a score, no comment, no personal data of the candidates not selected.</source>
        <translation>The public version: no juror&apos;s name next to a score, no comment, no personal data of the candidates not selected.</translation>
    </message>
    <message>
        <source>Writes the campaign&apos;s results. As .pdf or .odt: the ranked laureate report (cover, summary, method, ranking, one sheet per laureate, those not selected and why, site fill, fingerprint), or with --minutes the minutes of the deliberation. As a spreadsheet: the ranking (every score, the fill and the outcome of each candidate) and every score with its juror, comment, origin and time; a .xlsx workbook holds both, a .csv file holds the ranking and the scores go beside it (X-scores.csv).</source>
        <translation>Writes the campaign&apos;s results. As .pdf or .odt: the ranked laureate report (cover, summary, method, ranking, one sheet per laureate, those not selected and why, site fill, fingerprint), or with --minutes the minutes of the deliberation. As a spreadsheet: the ranking (every score, the fill and the outcome of each candidate) and every score with its juror, comment, origin and time; a .xlsx workbook holds both, a .csv file holds the ranking and the scores go beside it (X-scores.csv).</translation>
    </message>
    <message>
        <source>report needs --out FILE (.pdf, .odt, .xlsx or .csv).</source>
        <translation>report needs --out FILE (.pdf, .odt, .xlsx or .csv).</translation>
    </message>
    <message>
        <source>--out expects a .pdf, .odt, .xlsx or .csv file, not &quot;%1&quot;.</source>
        <translation>--out expects a .pdf, .odt, .xlsx or .csv file, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--minutes are written as .pdf or .odt, not &quot;%1&quot;.</source>
        <translation>--minutes are written as .pdf or .odt, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>this palmares-cli writes no PDF or ODT document.</source>
        <translation>this palmares-cli writes no PDF or ODT document.</translation>
    </message>
    <message>
        <source>it could not be saved</source>
        <translation>it could not be saved</translation>
    </message>
    <message>
        <source>warning: %1 is written, but %2 does not record it (%3): verify will not be able to say which table changed since.</source>
        <translation>warning: %1 is written, but %2 does not record it (%3): verify will not be able to say which table changed since.</translation>
    </message>
    <message>
        <source>Reports issued:</source>
        <translation>Reports issued:</translation>
    </message>
    <message>
        <source>%1 no longer gives the result of that fingerprint: its fingerprint is %2. No report it recorded carries that fingerprint, so which table changed cannot be said; compare the digests printed with the report to those of palmares-cli verify %1.</source>
        <translation>%1 no longer gives the result of that fingerprint: its fingerprint is %2. No report it recorded carries that fingerprint, so which table changed cannot be said; compare the digests printed with the report to those of palmares-cli verify %1.</translation>
    </message>
    <message>
        <source>%1 no longer gives the result of that fingerprint, printed on the %2: %3. Its fingerprint is now %4.</source>
        <translation>%1 no longer gives the result of that fingerprint, printed on the %2: %3. Its fingerprint is now %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it could not be opened for writing</source>
        <translation>it could not be opened for writing</translation>
    </message>
</context>
<context>
    <name>DefaultSetup</name>
    <message>
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <source>Viability of the business model</source>
        <translation>Viability of the business model</translation>
    </message>
    <message>
        <source>Jobs created (FTE) and local roots</source>
        <translation>Jobs created (FTE) and local roots</translation>
    </message>
    <message>
        <source>Capacity to invest in the site</source>
        <translation>Capacity to invest in the site</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Integration and employment of people far from work</source>
        <translation>Integration and employment of people far from work</translation>
    </message>
    <message>
        <source>Training and apprenticeship</source>
        <translation>Training and apprenticeship</translation>
    </message>
    <message>
        <source>Services to residents</source>
        <translation>Services to residents</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Environmental</translation>
    </message>
    <message>
        <source>Energy sobriety and low carbon</source>
        <translation>Energy sobriety and low carbon</translation>
    </message>
    <message>
        <source>Reuse, recycling, bio-based materials</source>
        <translation>Reuse, recycling, bio-based materials</translation>
    </message>
    <message>
        <source>Water management and biodiversity</source>
        <translation>Water management and biodiversity</translation>
    </message>
    <message>
        <source>Democratic</source>
        <translation>Democratic</translation>
    </message>
    <message>
        <source>Shared governance (cooperative status, membership)</source>
        <translation>Shared governance (cooperative status, membership)</translation>
    </message>
    <message>
        <source>Involvement of residents and users</source>
        <translation>Involvement of residents and users</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparency</translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation>Cultural</translation>
    </message>
    <message>
        <source>Contribution to the cultural life of the site</source>
        <translation>Contribution to the cultural life of the site</translation>
    </message>
    <message>
        <source>Heritage and memory of the place</source>
        <translation>Heritage and memory of the place</translation>
    </message>
    <message>
        <source>Openness to the public and events</source>
        <translation>Openness to the public and events</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Absent or not demonstrated</source>
        <translation>Absent or not demonstrated</translation>
    </message>
    <message>
        <source>Satisfactory, to be consolidated</source>
        <translation>Satisfactory, to be consolidated</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Solid, argued and verifiable</source>
        <translation>Solid, argued and verifiable</translation>
    </message>
    <message>
        <source>Expert jury</source>
        <translation>Expert jury</translation>
    </message>
    <message>
        <source>Citizen jury</source>
        <translation>Citizen jury</translation>
    </message>
    <message>
        <source>Biowaste and agriculture</source>
        <translation>Biowaste and agriculture</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Food biowaste</source>
        <translation>Food biowaste</translation>
    </message>
    <message>
        <source>Brewers&apos; spent grain</source>
        <translation>Brewers&apos; spent grain</translation>
    </message>
    <message>
        <source>Pomace and pulp</source>
        <translation>Pomace and pulp</translation>
    </message>
    <message>
        <source>Compost</source>
        <translation>Compost</translation>
    </message>
    <message>
        <source>Manure</source>
        <translation>Manure</translation>
    </message>
    <message>
        <source>Unsold food</source>
        <translation>Unsold food</translation>
    </message>
    <message>
        <source>Used cooking oil</source>
        <translation>Used cooking oil</translation>
    </message>
    <message>
        <source>Wood offcuts</source>
        <translation>Wood offcuts</translation>
    </message>
    <message>
        <source>Pallets</source>
        <translation>Pallets</translation>
    </message>
    <message>
        <source>Cardboard and packaging</source>
        <translation>Cardboard and packaging</translation>
    </message>
    <message>
        <source>Metals</source>
        <translation>Metals</translation>
    </message>
    <message>
        <source>Used textiles</source>
        <translation>Used textiles</translation>
    </message>
    <message>
        <source>Reused building materials</source>
        <translation>Reused building materials</translation>
    </message>
    <message>
        <source>Sorted plastics</source>
        <translation>Sorted plastics</translation>
    </message>
    <message>
        <source>Glass</source>
        <translation>Glass</translation>
    </message>
    <message>
        <source>Waste heat</source>
        <translation>Waste heat</translation>
    </message>
    <message>
        <source>Solar electricity</source>
        <translation>Solar electricity</translation>
    </message>
    <message>
        <source>Biogas</source>
        <translation>Biogas</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Cold</translation>
    </message>
    <message>
        <source>Rainwater</source>
        <translation>Rainwater</translation>
    </message>
    <message>
        <source>Greywater</source>
        <translation>Greywater</translation>
    </message>
    <message>
        <source>Shared equipment (machines, tools)</source>
        <translation>Shared equipment (machines, tools)</translation>
    </message>
    <message>
        <source>Utility vehicles</source>
        <translation>Utility vehicles</translation>
    </message>
    <message>
        <source>Cold rooms</source>
        <translation>Cold rooms</translation>
    </message>
    <message>
        <source>Meeting rooms</source>
        <translation>Meeting rooms</translation>
    </message>
    <message>
        <source>Shared kitchen</source>
        <translation>Shared kitchen</translation>
    </message>
    <message>
        <source>Pooled deliveries</source>
        <translation>Pooled deliveries</translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation>Shared storage</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Pooled accounting</source>
        <translation>Pooled accounting</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Ranked laureate report — %1</source>
        <translation>Ranked laureate report — %1</translation>
    </message>
    <message>
        <source>Minutes of the deliberation — %1</source>
        <translation>Minutes of the deliberation — %1</translation>
    </message>
    <message>
        <source>Ranked laureate report</source>
        <translation>Ranked laureate report</translation>
    </message>
    <message>
        <source>Minutes of the deliberation</source>
        <translation>Minutes of the deliberation</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The foot of each page of a report: its number and how many there are.</extracomment>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>the document could not be laid out</source>
        <translation>the document could not be laid out</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>This candidate is no longer in the campaign.</source>
        <translation>This candidate is no longer in the campaign.</translation>
    </message>
    <message>
        <source>A candidate forced in or out needs a written justification.</source>
        <translation>A candidate forced in or out needs a written justification.</translation>
    </message>
    <message>
        <source>Decision on “%1”: %2</source>
        <translation>Decision on “%1”: %2</translation>
    </message>
    <message>
        <source>Attach %1 to “%2”</source>
        <translation>Attach %1 to “%2”</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Remove attachment %1</translation>
    </message>
    <message>
        <source>This attachment is no longer in the campaign.</source>
        <translation>This attachment is no longer in the campaign.</translation>
    </message>
    <message>
        <source>“%1” holds a control character (shown as a symbol such as ␛ or ␀), which is not text: remove it.</source>
        <translation>“%1” holds a control character (shown as a symbol such as ␛ or ␀), which is not text: remove it.</translation>
    </message>
    <message>
        <source>New candidate %1</source>
        <translation>New candidate %1</translation>
    </message>
    <message>
        <source>Register candidate no. %1</source>
        <translation>Register candidate no. %1</translation>
    </message>
    <message>
        <source>A candidate needs a name.</source>
        <translation>A candidate needs a name.</translation>
    </message>
    <message>
        <source>Candidate no. %1 (%2) already has this SIRET.</source>
        <translation>Candidate no. %1 (%2) already has this SIRET.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>A requested surface is a number of m², from 0 to %1.</source>
        <translation>A requested surface is a number of m², from 0 to %1.</translation>
    </message>
    <message>
        <source>Jobs created are a number of full-time equivalents, from 0 to %1.</source>
        <translation>Jobs created are a number of full-time equivalents, from 0 to %1.</translation>
    </message>
    <message>
        <source>“%1” is not a use of the site.</source>
        <translation>“%1” is not a use of the site.</translation>
    </message>
    <message>
        <source>This building is no longer on the site.</source>
        <translation>This building is no longer on the site.</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>Edit %1 of “%2”</translation>
    </message>
    <message>
        <source>Remove candidate “%1”</source>
        <translation>Remove candidate “%1”</translation>
    </message>
    <message>
        <source>This juror or this candidate is no longer in the campaign.</source>
        <translation>This juror or this candidate is no longer in the campaign.</translation>
    </message>
    <message>
        <source>Declare a conflict of interest: %1 – %2</source>
        <translation>Declare a conflict of interest: %1 – %2</translation>
    </message>
    <message>
        <source>Withdraw a conflict of interest: %1 – %2</source>
        <translation>Withdraw a conflict of interest: %1 – %2</translation>
    </message>
    <message>
        <source>%1 is outside the scale of the %2: from %3 to %4.</source>
        <translation>%1 is outside the scale of the %2: from %3 to %4.</translation>
    </message>
    <message>
        <source>%1 is not on the scale of the %2: from %3 to %4 in steps of %5.</source>
        <translation>%1 is not on the scale of the %2: from %3 to %4 in steps of %5.</translation>
    </message>
    <message>
        <source>This juror, candidate or criterion is no longer in the campaign.</source>
        <translation>This juror, candidate or criterion is no longer in the campaign.</translation>
    </message>
    <message>
        <source>This juror has a conflict of interest with %1: no score.</source>
        <translation>This juror has a conflict of interest with %1: no score.</translation>
    </message>
    <message>
        <source>Clear score of %1, %2</source>
        <translation>Clear score of %1, %2</translation>
    </message>
    <message>
        <source>Score %1 for %2, %3</source>
        <translation>Score %1 for %2, %3</translation>
    </message>
    <message>
        <source>Enter a score before its comment.</source>
        <translation>Enter a score before its comment.</translation>
    </message>
    <message>
        <source>Comment on %1, %2</source>
        <translation>Comment on %1, %2</translation>
    </message>
    <message>
        <source>A weight is a number from 0 to %1.</source>
        <translation>A weight is a number from 0 to %1.</translation>
    </message>
    <message>
        <source>A code is one word, without spaces.</source>
        <translation>A code is one word, without spaces.</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>Building %1</translation>
    </message>
    <message>
        <source>Add building “%1”</source>
        <translation>Add building “%1”</translation>
    </message>
    <message>
        <source>A building needs a name.</source>
        <translation>A building needs a name.</translation>
    </message>
    <message>
        <source>The surface of a building is a number of m², from 0 to %1.</source>
        <translation>The surface of a building is a number of m², from 0 to %1.</translation>
    </message>
    <message>
        <source>Edit building “%1”</source>
        <translation>Edit building “%1”</translation>
    </message>
    <message>
        <source>Remove building “%1”</source>
        <translation>Remove building “%1”</translation>
    </message>
    <message>
        <source>Pillar %1</source>
        <translation>Pillar %1</translation>
    </message>
    <message>
        <source>Add pillar “%1”</source>
        <translation>Add pillar “%1”</translation>
    </message>
    <message>
        <source>This pillar is no longer in the campaign.</source>
        <translation>This pillar is no longer in the campaign.</translation>
    </message>
    <message>
        <source>A pillar needs a name.</source>
        <translation>A pillar needs a name.</translation>
    </message>
    <message>
        <source>A pillar&apos;s code must be given and differ from the other pillars&apos; codes.</source>
        <translation>A pillar&apos;s code must be given and differ from the other pillars&apos; codes.</translation>
    </message>
    <message>
        <source>An eliminatory threshold is a score out of 100, from 0 to 100, or empty for none.</source>
        <translation>An eliminatory threshold is a score out of 100, from 0 to 100, or empty for none.</translation>
    </message>
    <message>
        <source>Edit pillar “%1”</source>
        <translation>Edit pillar “%1”</translation>
    </message>
    <message>
        <source>Remove pillar “%1”</source>
        <translation>Remove pillar “%1”</translation>
    </message>
    <message>
        <source>Move pillar “%1”</source>
        <translation>Move pillar “%1”</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Criterion %1</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Add criterion “%1” to “%2”</source>
        <translation>Add criterion “%1” to “%2”</translation>
    </message>
    <message>
        <source>This criterion is no longer in the campaign.</source>
        <translation>This criterion is no longer in the campaign.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>Add a rubric level to “%1”</source>
        <translation>Add a rubric level to “%1”</translation>
    </message>
    <message>
        <source>This rubric level is no longer in the campaign.</source>
        <translation>This rubric level is no longer in the campaign.</translation>
    </message>
    <message>
        <source>Remove a rubric level from “%1”</source>
        <translation>Remove a rubric level from “%1”</translation>
    </message>
    <message>
        <source>Edit the rubric of “%1”</source>
        <translation>Edit the rubric of “%1”</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>A criterion needs a name.</translation>
    </message>
    <message>
        <source>A criterion&apos;s code must be given and differ from the other criteria&apos;s codes.</source>
        <translation>A criterion&apos;s code must be given and differ from the other criteria&apos;s codes.</translation>
    </message>
    <message>
        <source>A rubric level needs a label.</source>
        <translation>A rubric level needs a label.</translation>
    </message>
    <message>
        <source>Edit criterion “%1”</source>
        <translation>Edit criterion “%1”</translation>
    </message>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>Remove criterion “%1”</translation>
    </message>
    <message>
        <source>Move criterion “%1”</source>
        <translation>Move criterion “%1”</translation>
    </message>
    <message>
        <source>Jury %1</source>
        <translation>Jury %1</translation>
    </message>
    <message>
        <source>Add jury “%1”</source>
        <translation>Add jury “%1”</translation>
    </message>
    <message>
        <source>This jury is no longer in the campaign.</source>
        <translation>This jury is no longer in the campaign.</translation>
    </message>
    <message>
        <source>A jury needs a name.</source>
        <translation>A jury needs a name.</translation>
    </message>
    <message>
        <source>A jury&apos;s code must be given and differ from the other juries&apos; codes.</source>
        <translation>A jury&apos;s code must be given and differ from the other juries&apos; codes.</translation>
    </message>
    <message>
        <source>A scale goes from a minimum to a larger maximum (within %1 of zero), by a step of zero (any value) up to the width of the scale.</source>
        <translation>A scale goes from a minimum to a larger maximum (within %1 of zero), by a step of zero (any value) up to the width of the scale.</translation>
    </message>
    <message>
        <source>A quorum is a whole number of jurors, from %1 to %2.</source>
        <translation>A quorum is a whole number of jurors, from %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) already given by this jury would fall off a scale from %1 to %2 by %3. Correct them first.</source>
        <translation>
            <numerusform>%n score already given by this jury would fall off a scale from %1 to %2 by %3. Correct it first.</numerusform>
            <numerusform>%n scores already given by this jury would fall off a scale from %1 to %2 by %3. Correct them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit jury “%1”</source>
        <translation>Edit jury “%1”</translation>
    </message>
    <message>
        <source>Remove jury “%1”</source>
        <translation>Remove jury “%1”</translation>
    </message>
    <message>
        <source>Juror %1</source>
        <translation>Juror %1</translation>
    </message>
    <message>
        <source>Add juror “%1”</source>
        <translation>Add juror “%1”</translation>
    </message>
    <message>
        <source>This juror is no longer in the campaign.</source>
        <translation>This juror is no longer in the campaign.</translation>
    </message>
    <message>
        <source>A juror needs a name.</source>
        <translation>A juror needs a name.</translation>
    </message>
    <message>
        <source>Edit juror “%1”</source>
        <translation>Edit juror “%1”</translation>
    </message>
    <message>
        <source>Remove juror “%1”</source>
        <translation>Remove juror “%1”</translation>
    </message>
    <message>
        <source>The fill target is a percentage, from 0 to 100.</source>
        <translation>The fill target is a percentage, from 0 to 100.</translation>
    </message>
    <message>
        <source>The rentable surface is a number of m², from 0 to %1.</source>
        <translation>The rentable surface is a number of m², from 0 to %1.</translation>
    </message>
    <message>
        <source>A disagreement alert is a number of points out of 100, from 0 to 100.</source>
        <translation>A disagreement alert is a number of points out of 100, from 0 to 100.</translation>
    </message>
    <message>
        <source>A waiting list holds zero candidates or more.</source>
        <translation>A waiting list holds zero candidates or more.</translation>
    </message>
    <message>
        <source>Campaign status: %1 → %2</source>
        <translation>Campaign status: %1 → %2</translation>
    </message>
    <message>
        <source>Remove the record of the deliberation session</source>
        <translation>Remove the record of the deliberation session</translation>
    </message>
    <message>
        <source>The deliberation session needs the date and time it was held.</source>
        <translation>The deliberation session needs the date and time it was held.</translation>
    </message>
    <message>
        <source>“%1” is one line: remove its line breaks.</source>
        <translation>“%1” is one line: remove its line breaks.</translation>
    </message>
    <message>
        <source>The deliberation session needs the place where it was held.</source>
        <translation>The deliberation session needs the place where it was held.</translation>
    </message>
    <message>
        <source>The place of the session is at most %1 characters long.</source>
        <translation>The place of the session is at most %1 characters long.</translation>
    </message>
    <message>
        <source>The deliberation session needs the name of who chaired it.</source>
        <translation>The deliberation session needs the name of who chaired it.</translation>
    </message>
    <message>
        <source>The name of the chair is at most %1 characters long.</source>
        <translation>The name of the chair is at most %1 characters long.</translation>
    </message>
    <message>
        <source>The notes of the session are at most %1 characters long.</source>
        <translation>The notes of the session are at most %1 characters long.</translation>
    </message>
    <message>
        <source>A juror marked present is no longer in the campaign.</source>
        <translation>A juror marked present is no longer in the campaign.</translation>
    </message>
    <message>
        <source>Edit the deliberation session of %1</source>
        <translation>Edit the deliberation session of %1</translation>
    </message>
    <message>
        <source>Record the deliberation session of %1</source>
        <translation>Record the deliberation session of %1</translation>
    </message>
    <message>
        <source>Issue of the %1 “%2”</source>
        <translation>Issue of the %1 “%2”</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <source>This row has more cells than there are headers (%1): the cell has no column.</source>
        <translation>This row has more cells than there are headers (%1): the cell has no column.</translation>
    </message>
    <message>
        <source>This field is required and the cell is empty.</source>
        <translation>This field is required and the cell is empty.</translation>
    </message>
    <message>
        <source>Expected a positive number (decimal comma or point, no unit).</source>
        <translation>Expected a positive number (decimal comma or point, no unit).</translation>
    </message>
    <message>
        <source>Expected a number, zero or more (decimal comma or point, no unit).</source>
        <translation>Expected a number, zero or more (decimal comma or point, no unit).</translation>
    </message>
    <message>
        <source>Unknown use type; expected one of: %1.</source>
        <translation>Unknown use type; expected one of: %1.</translation>
    </message>
    <message>
        <source>Several candidates have this name: give their SIRET or registration number.</source>
        <translation>Several candidates have this name: give their SIRET or registration number.</translation>
    </message>
    <message>
        <source>Unknown candidate: no candidate has this SIRET, registration number or name.</source>
        <translation>Unknown candidate: no candidate has this SIRET, registration number or name.</translation>
    </message>
    <message>
        <source>Several jurors have this name: give their e-mail address.</source>
        <translation>Several jurors have this name: give their e-mail address.</translation>
    </message>
    <message>
        <source>Unknown juror: no juror has this name or e-mail address.</source>
        <translation>Unknown juror: no juror has this name or e-mail address.</translation>
    </message>
    <message>
        <source>Unknown criterion: give its code or its name.</source>
        <translation>Unknown criterion: give its code or its name.</translation>
    </message>
    <message>
        <source>No SIRET: allowed for a company still being created.</source>
        <translation>No SIRET: allowed for a company still being created.</translation>
    </message>
    <message>
        <source>Same SIRET as row %1 of this file.</source>
        <translation>Same SIRET as row %1 of this file.</translation>
    </message>
    <message>
        <source>Same company, without SIRET, as row %1 of this file.</source>
        <translation>Same company, without SIRET, as row %1 of this file.</translation>
    </message>
    <message>
        <source>Expected a whole number above zero.</source>
        <translation>Expected a whole number above zero.</translation>
    </message>
    <message>
        <source>Another candidate already has this registration number.</source>
        <translation>Another candidate already has this registration number.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Not an e-mail address.</translation>
    </message>
    <message>
        <source>Expected yes or no (oui, non, 1, 0, x).</source>
        <translation>Expected yes or no (oui, non, 1, 0, x).</translation>
    </message>
    <message>
        <source>Unknown building: no building of the site has this name.</source>
        <translation>Unknown building: no building of the site has this name.</translation>
    </message>
    <message>
        <source>Expected a date (31/12/2027 or 2027-12-31).</source>
        <translation>Expected a date (31/12/2027 or 2027-12-31).</translation>
    </message>
    <message>
        <source>Unknown status; expected received, eligible, ineligible or withdrawn (reçu, recevable, irrecevable, retiré).</source>
        <translation>Unknown status; expected received, eligible, ineligible or withdrawn (reçu, recevable, irrecevable, retiré).</translation>
    </message>
    <message>
        <source>A candidate without SIRET and with this name is already there: row skipped.</source>
        <translation>A candidate without SIRET and with this name is already there: row skipped.</translation>
    </message>
    <message>
        <source>A candidate with this SIRET is already there (%1): row skipped.</source>
        <translation>A candidate with this SIRET is already there (%1): row skipped.</translation>
    </message>
    <message>
        <source>A flow reads &quot;output: resource [quantity unit]&quot; or &quot;input: resource&quot; (sortie, entrée).</source>
        <translation>A flow reads &quot;output: resource [quantity unit]&quot; or &quot;input: resource&quot; (sortie, entrée).</translation>
    </message>
    <message>
        <source>Unknown flow direction &quot;%1&quot;; expected output or input (sortie, entrée).</source>
        <translation>Unknown flow direction &quot;%1&quot;; expected output or input (sortie, entrée).</translation>
    </message>
    <message>
        <source>Unknown resource &quot;%1&quot;: give a code or a name of the resource list.</source>
        <translation>Unknown resource &quot;%1&quot;: give a code or a name of the resource list.</translation>
    </message>
    <message>
        <source>Unknown jury; expected one of: %1.</source>
        <translation>Unknown jury; expected one of: %1.</translation>
    </message>
    <message>
        <source>Same juror as row %1 of this file.</source>
        <translation>Same juror as row %1 of this file.</translation>
    </message>
    <message>
        <source>This juror is already there: row skipped.</source>
        <translation>This juror is already there: row skipped.</translation>
    </message>
    <message>
        <source>Same juror and candidate as row %1 of this file.</source>
        <translation>Same juror and candidate as row %1 of this file.</translation>
    </message>
    <message>
        <source>This conflict of interest is already recorded: row skipped.</source>
        <translation>This conflict of interest is already recorded: row skipped.</translation>
    </message>
    <message>
        <source>Same building as row %1 of this file.</source>
        <translation>Same building as row %1 of this file.</translation>
    </message>
    <message>
        <source>A building with this name is already there: row skipped.</source>
        <translation>A building with this name is already there: row skipped.</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2: this juror does not score this candidate.</source>
        <translation>%1 has a conflict of interest with %2: this juror does not score this candidate.</translation>
    </message>
    <message>
        <source>Same juror, candidate and criterion as row %1 of this file.</source>
        <translation>Same juror, candidate and criterion as row %1 of this file.</translation>
    </message>
    <message>
        <source>Expected a number (decimal comma or point).</source>
        <translation>Expected a number (decimal comma or point).</translation>
    </message>
    <message>
        <source>Outside the scale of the %1: from %2 to %3.</source>
        <translation>Outside the scale of the %1: from %2 to %3.</translation>
    </message>
    <message>
        <source>Off the step of the %1&apos;s scale: scores go by %2 from %3.</source>
        <translation>Off the step of the %1&apos;s scale: scores go by %2 from %3.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurors</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Social economy (ESS)</source>
        <translation>Social economy (ESS)</translation>
    </message>
    <message>
        <source>NAF code</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Requested surface (m²)</source>
        <translation>Requested surface (m²)</translation>
    </message>
    <message>
        <source>Wanted use</source>
        <translation>Wanted use</translation>
    </message>
    <message>
        <source>Preferred building</source>
        <translation>Preferred building</translation>
    </message>
    <message>
        <source>Jobs created (FTE)</source>
        <translation>Jobs created (FTE)</translation>
    </message>
    <message>
        <source>Wanted start</source>
        <translation>Wanted start</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Status reason</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Resource flows</source>
        <translation>Resource flows</translation>
    </message>
    <message>
        <source>Juror&apos;s name</source>
        <translation>Juror&apos;s name</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <source>Use type</source>
        <translation>Use type</translation>
    </message>
    <message>
        <source>Other accepted uses</source>
        <translation>Other accepted uses</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Criterion (long form)</source>
        <translation>Criterion (long form)</translation>
    </message>
    <message>
        <source>Score (long form)</source>
        <translation>Score (long form)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <source>The mapping names an unknown field &quot;%1&quot; for %2.</source>
        <translation>The mapping names an unknown field &quot;%1&quot; for %2.</translation>
    </message>
    <message>
        <source>The mapping puts &quot;%1&quot; in column %2, but the sheet has %3 columns.</source>
        <translation>The mapping puts &quot;%1&quot; in column %2, but the sheet has %3 columns.</translation>
    </message>
    <message>
        <source>The mapping puts &quot;%1&quot; in the column &quot;%2&quot;, which the sheet does not have.</source>
        <translation>The mapping puts &quot;%1&quot; in the column &quot;%2&quot;, which the sheet does not have.</translation>
    </message>
    <message>
        <source>Criterion and score (long form), or one column per criterion (wide form)</source>
        <translation>Criterion and score (long form), or one column per criterion (wide form)</translation>
    </message>
    <message>
        <source>Import of %1 from %2</source>
        <translation>Import of %1 from %2</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>%n row added</numerusform>
            <numerusform>%n rows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>A template is written as .csv or .xlsx, not &quot;%1&quot;.</source>
        <translation>A template is written as .csv or .xlsx, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Another column of this row gives this criterion.</source>
        <translation>Another column of this row gives this criterion.</translation>
    </message>
    <message>
        <source>The cell holds a control character (shown as a symbol such as ␛ or ␀), which is not text: remove it.</source>
        <translation>The cell holds a control character (shown as a symbol such as ␛ or ␀), which is not text: remove it.</translation>
    </message>
    <message>
        <source>The campaign has no jury yet: create its juries (Juries page) before importing jurors.</source>
        <translation>The campaign has no jury yet: create its juries (Juries page) before importing jurors.</translation>
    </message>
    <message>
        <source>Too large: at most %1.</source>
        <translation>Too large: at most %1.</translation>
    </message>
    <message>
        <source>A flow&apos;s yearly quantity is a number from 0 to %1.</source>
        <translation>A flow&apos;s yearly quantity is a number from 0 to %1.</translation>
    </message>
</context>
<context>
    <name>JurorPackages</name>
    <message>
        <source>letters</source>
        <extracomment>The folder, beside the juror packages, of their passphrase letters.</extracomment>
        <translation>letters</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>The folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>No package was exported: %1</source>
        <translation>No package was exported: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: the letter could not be laid out.</source>
        <translation>%1 cannot be written: the letter could not be laid out.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>%1; %2, %3, %4.</source>
        <extracomment>A juror&apos;s return: scores taken; the same, in conflict, not applicable.</extracomment>
        <translation>%1; %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) taken</source>
        <translation>
            <numerusform>%n score taken</numerusform>
            <numerusform>%n scores taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer applicable</source>
        <translation>
            <numerusform>%n no longer applicable</numerusform>
            <numerusform>%n no longer applicable</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted by the juror.</source>
        <translation>Submitted by the juror.</translation>
    </message>
</context>
<context>
    <name>JurorSession</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>This package is submitted: its scores can no longer change.</source>
        <translation>This package is submitted: its scores can no longer change.</translation>
    </message>
    <message>
        <source>This candidate or criterion is not in the package.</source>
        <translation>This candidate or criterion is not in the package.</translation>
    </message>
    <message>
        <source>%1 is not on the scale: from %2 to %3, by %4.</source>
        <translation>%1 is not on the scale: from %2 to %3, by %4.</translation>
    </message>
    <message>
        <source>Give a value before a comment.</source>
        <translation>Give a value before a comment.</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Minutes of the deliberation</source>
        <translation>Minutes of the deliberation</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>The session</translation>
    </message>
    <message>
        <source>No deliberation session is recorded in the campaign: its date, place, chair and the jurors present are to be entered on the Ranking &amp; selection page.</source>
        <translation>No deliberation session is recorded in the campaign: its date, place, chair and the jurors present are to be entered on the Ranking &amp; selection page.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Jurors present and quorum</source>
        <translation>Jurors present and quorum</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Notes of the session</source>
        <translation>Notes of the session</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>Rules applied</translation>
    </message>
    <message>
        <source>%1 (weight %2, quorum %3)</source>
        <translation>%1 (weight %2, quorum %3)</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message>
        <source>Juries</source>
        <translation>Juries</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pillars</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>De-biasing of the jurors</source>
        <translation>De-biasing of the jurors</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Selection rule</source>
        <translation>Selection rule</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>%1&#xa0;m² (%2&#xa0;% of %3&#xa0;m²)</source>
        <translation>%1&#xa0;m² (%2&#xa0;% of %3&#xa0;m²)</translation>
    </message>
    <message>
        <source>The method is set out in full in the ranked laureate report of the same campaign.</source>
        <translation>The method is set out in full in the ranked laureate report of the same campaign.</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Laureates</translation>
    </message>
    <message numerus="yes">
        <source>The jury designates as laureates the %n candidate(s) below, who fill %1&#xa0;% of the site (target %2&#xa0;%).</source>
        <translation>
            <numerusform>The jury designates as laureates the %n candidate below, who fill %1&#xa0;% of the site (target %2&#xa0;%).</numerusform>
            <numerusform>The jury designates as laureates the %n candidates below, who fill %1&#xa0;% of the site (target %2&#xa0;%).</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Laureate</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Waiting list, in this order: %1.</source>
        <translation>Waiting list, in this order: %1.</translation>
    </message>
    <message>
        <source>Decisions and overrides recorded</source>
        <translation>Decisions and overrides recorded</translation>
    </message>
    <message>
        <source>No decision or override was recorded: the list above is the result of the selection rule applied to the ranking.</source>
        <translation>No decision or override was recorded: the list above is the result of the selection rule applied to the ranking.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Juror returns received</source>
        <translation>Juror returns received</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n juror(s) sent their package back.</source>
        <translation>
            <numerusform>%1 of the %n juror sent their package back.</numerusform>
            <numerusform>%1 of the %n jurors sent their package back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Juror %1</source>
        <translation>Juror %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Candidates scored</source>
        <translation>Candidates scored</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Done at %1, on %2.</source>
        <translation>Done at %1, on %2.</translation>
    </message>
    <message>
        <source>Done at …………………, on ………………….</source>
        <translation>Done at …………………, on ………………….</translation>
    </message>
    <message>
        <source>The chair of the session, %1</source>
        <translation>The chair of the session, %1</translation>
    </message>
    <message>
        <source>The chair of the session</source>
        <translation>The chair of the session</translation>
    </message>
    <message>
        <source>The secretary of the session</source>
        <translation>The secretary of the session</translation>
    </message>
    <message>
        <source>Fingerprint of the result these minutes record: %1 (palmares-cli verify).</source>
        <translation>Fingerprint of the result these minutes record: %1 (palmares-cli verify).</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>it has no %1</source>
        <translation>it has no %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>the OpenDocument file could not be completed: %1</source>
        <translation>the OpenDocument file could not be completed: %1</translation>
    </message>
    <message>
        <source>its manifest cannot be read</source>
        <translation>its manifest cannot be read</translation>
    </message>
    <message>
        <source>its entry %1 cannot be read</source>
        <translation>its entry %1 cannot be read</translation>
    </message>
</context>
<context>
    <name>PassphraseLetter</name>
    <message>
        <source>letter</source>
        <extracomment>The file name of a juror&apos;s passphrase letter, after the package&apos;s name.</extracomment>
        <translation>letter</translation>
    </message>
    <message>
        <source>Your scoring package</source>
        <translation>Your scoring package</translation>
    </message>
    <message>
        <source>For %1, member of the %2.</source>
        <translation>For %1, member of the %2.</translation>
    </message>
    <message numerus="yes">
        <source>You receive the file %1, which holds the %n application(s) assigned to you, with their attachments, and the %2 criteria to score them on. It is encrypted: only the passphrase below opens it.</source>
        <translation>
            <numerusform>You receive the file %1, which holds the %n application assigned to you, with their attachments, and the %2 criteria to score them on. It is encrypted: only the passphrase below opens it.</numerusform>
            <numerusform>You receive the file %1, which holds the %n applications assigned to you, with their attachments, and the %2 criteria to score them on. It is encrypted: only the passphrase below opens it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <source>Type it as you like: capitals or not, accents or not, spaces instead of dashes. Keep this letter apart from the file and do not send the passphrase by e-mail.</source>
        <translation>Type it as you like: capitals or not, accents or not, spaces instead of dashes. Keep this letter apart from the file and do not send the passphrase by e-mail.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>&lt;b&gt;Install Palmarès&lt;/b&gt; (version %1 or later) on your computer, from the installer the organizer gives you. No Internet connection is needed afterwards.</source>
        <translation>&lt;b&gt;Install Palmarès&lt;/b&gt; (version %1 or later) on your computer, from the installer the organizer gives you. No Internet connection is needed afterwards.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score each application&lt;/b&gt;: read it and its attachments, then give each criterion a value from %1 to %2 (by steps of %3) with the description of each level in view, and a comment if you wish. Every change is saved at once into the file: you may close the computer and come back later.</source>
        <translation>&lt;b&gt;Score each application&lt;/b&gt;: read it and its attachments, then give each criterion a value from %1 to %2 (by steps of %3) with the description of each level in view, and a comment if you wish. Every change is saved at once into the file: you may close the computer and come back later.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit&lt;/b&gt; when every application is scored: after the confirmation, the file no longer changes.</source>
        <translation>&lt;b&gt;Submit&lt;/b&gt; when every application is scored: after the confirmation, the file no longer changes.</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>The applications are confidential: do not copy them out of the file or pass them on. If you have a conflict of interest with an applicant, tell the organizer: you will receive a new package without that application. If you lose the file or this letter, ask for a new one.</source>
        <translation>The applications are confidential: do not copy them out of the file or pass them on. If you have a conflict of interest with an applicant, tell the organizer: you will receive a new package without that application. If you lose the file or this letter, ask for a new one.</translation>
    </message>
    <message>
        <source>Package prepared on %1.</source>
        <translation>Package prepared on %1.</translation>
    </message>
    <message>
        <source>Scoring package of %1</source>
        <translation>Scoring package of %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open the file&lt;/b&gt;: double-click it, or start Palmarès and choose File › Open. Type your passphrase. A wrong passphrase is refused; you may try again.</source>
        <translation>&lt;b&gt;Open the file&lt;/b&gt;: double-click it, or start Palmarès and choose File › Open. Type your passphrase. A wrong passphrase is refused; you may try again.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Send back the same file&lt;/b&gt; to the organizer (e-mail, USB key): Palmarès shows where it is. The organizer imports it; nothing else is needed.</source>
        <translation>&lt;b&gt;Send back the same file&lt;/b&gt; to the organizer (e-mail, USB key): Palmarès shows where it is. The organizer imports it; nothing else is needed.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>A date in the letter, as Qt&apos;s QDate::toString() formats it (numbers only).</extracomment>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1&#xa0;m²</source>
        <translation>%1&#xa0;m²</translation>
    </message>
    <message>
        <source>%1&#xa0;%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Ranked laureate report</source>
        <translation>Ranked laureate report</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s), %1 rentable</source>
        <translation>
            <numerusform>%n building, %1 rentable</numerusform>
            <numerusform>%n buildings, %1 rentable</numerusform>
        </translation>
    </message>
    <message>
        <source>Call for expressions of interest</source>
        <translation>Call for expressions of interest</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Status of the campaign</source>
        <translation>Status of the campaign</translation>
    </message>
    <message>
        <source>Report written on</source>
        <translation>Report written on</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>full: with the jurors&apos; names and comments</source>
        <translation>full: with the jurors&apos; names and comments</translation>
    </message>
    <message>
        <source>public: without the jurors&apos; names, comments or the personal data of the candidates not selected</source>
        <translation>public: without the jurors&apos; names, comments or the personal data of the candidates not selected</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Selectable (every jury at quorum)</source>
        <translation>Selectable (every jury at quorum)</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Laureates</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Surface of the laureates</source>
        <translation>Surface of the laureates</translation>
    </message>
    <message>
        <source>%1 of a capacity of %2</source>
        <translation>%1 of a capacity of %2</translation>
    </message>
    <message>
        <source>Fill of the site</source>
        <translation>Fill of the site</translation>
    </message>
    <message>
        <source>%1 of the rentable surface (target %2)</source>
        <translation>%1 of the rentable surface (target %2)</translation>
    </message>
    <message numerus="yes">
        <source>The %n laureate(s) fill %1 of the site&apos;s %2 rentable, for a target of %3.</source>
        <translation>
            <numerusform>The %n laureate fill %1 of the site&apos;s %2 rentable, for a target of %3.</numerusform>
            <numerusform>The %n laureates fill %1 of the site&apos;s %2 rentable, for a target of %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>How each candidate&apos;s final score and the list of laureates were computed, with the settings of this campaign. With the score spreadsheet of the same campaign, a reader can redo every step.</source>
        <translation>How each candidate&apos;s final score and the list of laureates were computed, with the settings of this campaign. With the score spreadsheet of the same campaign, a reader can redo every step.</translation>
    </message>
    <message>
        <source>Juries and scales</source>
        <translation>Juries and scales</translation>
    </message>
    <message>
        <source>%1 to %2, step %3</source>
        <translation>%1 to %2, step %3</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurors</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Quorum (jurors)</source>
        <translation>Quorum (jurors)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Share of the final score</source>
        <translation>Share of the final score</translation>
    </message>
    <message>
        <source>1. Each value is brought to [0, 1] on its jury&apos;s scale: (value − minimum) / (maximum − minimum).</source>
        <translation>1. Each value is brought to [0, 1] on its jury&apos;s scale: (value − minimum) / (maximum − minimum).</translation>
    </message>
    <message>
        <source>2. Each juror&apos;s values are de-biased: centred and scaled on the juror&apos;s own mean and standard deviation, brought back to those of the jury, and kept within [0, 1].</source>
        <translation>2. Each juror&apos;s values are de-biased: centred and scaled on the juror&apos;s own mean and standard deviation, brought back to those of the jury, and kept within [0, 1].</translation>
    </message>
    <message>
        <source>2. The jurors&apos; values are not de-biased (the campaign&apos;s setting).</source>
        <translation>2. The jurors&apos; values are not de-biased (the campaign&apos;s setting).</translation>
    </message>
    <message>
        <source>3. On each criterion, the values of a jury&apos;s jurors are put together by: %1. A juror in conflict of interest with a candidate does not score it; such a score, if any, is ignored.</source>
        <translation>3. On each criterion, the values of a jury&apos;s jurors are put together by: %1. A juror in conflict of interest with a candidate does not score it; such a score, if any, is ignored.</translation>
    </message>
    <message>
        <source>Pillars and criteria</source>
        <translation>Pillars and criteria</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Share of the jury total</source>
        <translation>Share of the jury total</translation>
    </message>
    <message>
        <source>Eliminatory threshold</source>
        <translation>Eliminatory threshold</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Share in the pillar</source>
        <translation>Share in the pillar</translation>
    </message>
    <message>
        <source>4. A jury&apos;s pillar score is the weighted mean of its criteria; the jury&apos;s total, out of 100, is 100 × Σ Wp·Pp / Σ Wp over the pillars.</source>
        <translation>4. A jury&apos;s pillar score is the weighted mean of its criteria; the jury&apos;s total, out of 100, is 100 × Σ Wp·Pp / Σ Wp over the pillars.</translation>
    </message>
    <message>
        <source>5. The final score, out of 100, is the mean of the jury totals weighted by the juries&apos; weights, over the juries that reached their quorum. A candidate one of whose juries did not reach its quorum is incomplete: ranked, flagged, and not selected automatically.</source>
        <translation>5. The final score, out of 100, is the mean of the jury totals weighted by the juries&apos; weights, over the juries that reached their quorum. A candidate one of whose juries did not reach its quorum is incomplete: ranked, flagged, and not selected automatically.</translation>
    </message>
    <message>
        <source>6. A candidate marked ineligible or withdrawn, or whose combined score on a pillar is under that pillar&apos;s eliminatory threshold, cannot be selected.</source>
        <translation>6. A candidate marked ineligible or withdrawn, or whose combined score on a pillar is under that pillar&apos;s eliminatory threshold, cannot be selected.</translation>
    </message>
    <message>
        <source>7. No synergy bonus is added to the final score (0 points).</source>
        <translation>7. No synergy bonus is added to the final score (0 points).</translation>
    </message>
    <message>
        <source>8. Candidates are ranked by final score; scores within %1 of each other are equal, and such ties are broken by, in this order: %2.</source>
        <translation>8. Candidates are ranked by final score; scores within %1 of each other are equal, and such ties are broken by, in this order: %2.</translation>
    </message>
    <message>
        <source>9. A disagreement is flagged when the standard deviation of a jury&apos;s juror totals exceeds %1 points, or the gap between two juries&apos; totals exceeds %2 points (out of 100).</source>
        <translation>9. A disagreement is flagged when the standard deviation of a jury&apos;s juror totals exceeds %1 points, or the gap between two juries&apos; totals exceeds %2 points (out of 100).</translation>
    </message>
    <message>
        <source>Selection against the site-fill target</source>
        <translation>Selection against the site-fill target</translation>
    </message>
    <message>
        <source>The capacity is the rentable surface times the fill target: %1 × %2 = %3.</source>
        <translation>The capacity is the rentable surface times the fill target: %1 × %2 = %3.</translation>
    </message>
    <message numerus="yes">
        <source>Rule: %1. Candidates forced in by the jury are placed first; those forced out never are. Then the ranking is walked from the top: a selectable candidate whose requested surface fits in the capacity left becomes a laureate; one that does not fit is passed over, and the walk goes on. The waiting list is made of the next %n selectable candidate(s), in rank order.</source>
        <translation>
            <numerusform>Rule: %1. Candidates forced in by the jury are placed first; those forced out never are. Then the ranking is walked from the top: a selectable candidate whose requested surface fits in the capacity left becomes a laureate; one that does not fit is passed over, and the walk goes on. The waiting list is made of the next %n selectable candidate, in rank order.</numerusform>
            <numerusform>Rule: %1. Candidates forced in by the jury are placed first; those forced out never are. Then the ranking is walked from the top: a selectable candidate whose requested surface fits in the capacity left becomes a laureate; one that does not fit is passed over, and the walk goes on. The waiting list is made of the next %n selectable candidates, in rank order.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign also computes the best-value set (the largest total score that fits the capacity); it is advisory and does not make this list.</source>
        <translation>The campaign also computes the best-value set (the largest total score that fits the capacity); it is advisory and does not make this list.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pillars: %1.</source>
        <translation>Pillars: %1.</translation>
    </message>
    <message>
        <source>The laureates</source>
        <translation>The laureates</translation>
    </message>
    <message>
        <source>One sheet per laureate, in the order they were placed.</source>
        <translation>One sheet per laureate, in the order they were placed.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Final score</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>social and solidarity economy</source>
        <translation>social and solidarity economy</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Surface asked for</source>
        <translation>Surface asked for</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Jobs (full-time equivalent)</source>
        <translation>Jobs (full-time equivalent)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combined</translation>
    </message>
    <message>
        <source>Total out of 100</source>
        <translation>Total out of 100</translation>
    </message>
    <message>
        <source>The jurors&apos; comments</source>
        <translation>The jurors&apos; comments</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Waiting list and candidates not selected</source>
        <translation>Waiting list and candidates not selected</translation>
    </message>
    <message>
        <source>No candidate is on the waiting list.</source>
        <translation>No candidate is on the waiting list.</translation>
    </message>
    <message>
        <source>If a laureate withdraws, the next candidate of this list whose surface fits takes the place.</source>
        <translation>If a laureate withdraws, the next candidate of this list whose surface fits takes the place.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Candidates not selected</source>
        <translation>Candidates not selected</translation>
    </message>
    <message>
        <source>Every candidate is a laureate or on the waiting list.</source>
        <translation>Every candidate is a laureate or on the waiting list.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Site fill</source>
        <translation>Site fill</translation>
    </message>
    <message numerus="yes">
        <source>After the %n laureate(s), %1 of the %2 rentable are taken: %3 of the site, for a target of %4.</source>
        <translation>
            <numerusform>After the %n laureate, %1 of the %2 rentable are taken: %3 of the site, for a target of %4.</numerusform>
            <numerusform>After the %n laureates, %1 of the %2 rentable are taken: %3 of the site, for a target of %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Laureate</translation>
    </message>
    <message>
        <source>Cumulative (m²)</source>
        <translation>Cumulative (m²)</translation>
    </message>
    <message>
        <source>Site fill (%)</source>
        <translation>Site fill (%)</translation>
    </message>
    <message>
        <source>Annex: how to check this report</source>
        <translation>Annex: how to check this report</translation>
    </message>
    <message>
        <source>The fingerprint below is computed from the campaign&apos;s set-up, candidates, scores and decisions, not from this document (docs/fingerprint.md). Anyone holding the campaign file can recompute it with the command given: the same fingerprint means the file still gives this report.</source>
        <translation>The fingerprint below is computed from the campaign&apos;s set-up, candidates, scores and decisions, not from this document (docs/fingerprint.md). Anyone holding the campaign file can recompute it with the command given: the same fingerprint means the file still gives this report.</translation>
    </message>
    <message>
        <source>Settings used</source>
        <translation>Settings used</translation>
    </message>
    <message>
        <source>Rentable surface</source>
        <translation>Rentable surface</translation>
    </message>
    <message>
        <source>Fill target</source>
        <translation>Fill target</translation>
    </message>
    <message>
        <source>Land counts towards the fill</source>
        <translation>Land counts towards the fill</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Aggregation of the jurors&apos; values</source>
        <translation>Aggregation of the jurors&apos; values</translation>
    </message>
    <message>
        <source>De-biasing of the jurors</source>
        <translation>De-biasing of the jurors</translation>
    </message>
    <message>
        <source>Disagreement thresholds</source>
        <translation>Disagreement thresholds</translation>
    </message>
    <message>
        <source>%1 points within a jury, %2 points between juries</source>
        <translation>%1 points within a jury, %2 points between juries</translation>
    </message>
    <message>
        <source>Tie chain</source>
        <translation>Tie chain</translation>
    </message>
    <message>
        <source>Selection rule</source>
        <translation>Selection rule</translation>
    </message>
    <message>
        <source>every selectable candidate</source>
        <translation>every selectable candidate</translation>
    </message>
    <message>
        <source>Fill (%)</source>
        <translation>Fill (%)</translation>
    </message>
    <message>
        <source>Every candidate in rank order: final score and each jury&apos;s total out of 100, the combined score of each pillar, the surface asked for, the fill of the site after each laureate, and the outcome of the selection with the jury&apos;s decision when it recorded one (★: forced in by the jury).</source>
        <translation>Every candidate in rank order: final score and each jury&apos;s total out of 100, the combined score of each pillar, the surface asked for, the fill of the site after each laureate, and the outcome of the selection with the jury&apos;s decision when it recorded one (★: forced in by the jury).</translation>
    </message>
    <message>
        <source>%1 (decision: %2)</source>
        <translation>%1 (decision: %2)</translation>
    </message>
</context>
<context>
    <name>ResultFormat</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Tie-break chain: %1</source>
        <translation>Tie-break chain: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>Rentable surface: %1 m²; fill target: %2 %; capacity: %3 m²</source>
        <translation>Rentable surface: %1 m²; fill target: %2 %; capacity: %3 m²</translation>
    </message>
    <message>
        <source>The best-value problem is too large to be solved exactly; no result.</source>
        <translation>The best-value problem is too large to be solved exactly; no result.</translation>
    </message>
    <message>
        <source>Laureates (%1)</source>
        <translation>Laureates (%1)</translation>
    </message>
    <message>
        <source> (forced in)</source>
        <translation> (forced in)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Cumulative m²</source>
        <translation>Cumulative m²</translation>
    </message>
    <message>
        <source>Fill %</source>
        <translation>Fill %</translation>
    </message>
    <message>
        <source>Total: %1 m², %2 % of the site (target %3 %)</source>
        <translation>Total: %1 m², %2 % of the site (target %3 %)</translation>
    </message>
    <message>
        <source>Not selected (%1)</source>
        <translation>Not selected (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Waiting list (%1)</source>
        <translation>Waiting list (%1)</translation>
    </message>
    <message>
        <source>Compared with greedy by rank:</source>
        <translation>Compared with greedy by rank:</translation>
    </message>
    <message>
        <source>  the same laureates.</source>
        <translation>  the same laureates.</translation>
    </message>
    <message>
        <source>  adds: %1</source>
        <translation>  adds: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>  drops: %1</source>
        <translation>  drops: %1</translation>
    </message>
    <message>
        <source>  total score %1 points, surface %2 m²</source>
        <translation>  total score %1 points, surface %2 m²</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Rentable surface</source>
        <translation>Rentable surface</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Fill target</source>
        <translation>Fill target</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Pillars / criteria</source>
        <translation>Pillars / criteria</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>%1 (received %2, eligible %3, ineligible %4, withdrawn %5)</source>
        <translation>%1 (received %2, eligible %3, ineligible %4, withdrawn %5)</translation>
    </message>
    <message>
        <source>Surface requested</source>
        <translation>Surface requested</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>%1 (%2 ignored: conflict of interest or unknown juror, candidate or criterion)</source>
        <translation>%1 (%2 ignored: conflict of interest or unknown juror, candidate or criterion)</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>%1 of %2 candidates scored at quorum by every jury (%3 %)</source>
        <translation>%1 of %2 candidates scored at quorum by every jury (%3 %)</translation>
    </message>
    <message>
        <source>Selectable</source>
        <translation>Selectable</translation>
    </message>
    <message numerus="yes">
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%n juror</numerusform>
            <numerusform>%n jurors</numerusform>
        </translation>
    </message>
    <message>
        <source>quorum %1</source>
        <translation>quorum %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) at quorum</source>
        <translation>
            <numerusform>%n candidate at quorum</numerusform>
            <numerusform>%n candidates at quorum</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Juror packages</source>
        <translation>Juror packages</translation>
    </message>
    <message>
        <source>none exported</source>
        <translation>none exported</translation>
    </message>
    <message>
        <source>%1 / %2 candidates scored; %3</source>
        <extracomment>A juror&apos;s progress in `info`: candidates scored of those assigned, then their package.</extracomment>
        <translation>%1 / %2 candidates scored; %3</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Return of %1&apos;s package</source>
        <translation>Return of %1&apos;s package</translation>
    </message>
    <message>
        <source>The candidate or the criterion of this score is no longer in the campaign.</source>
        <translation>The candidate or the criterion of this score is no longer in the campaign.</translation>
    </message>
    <message>
        <source>Score %1 for %2, %3 taken from a juror&apos;s return</source>
        <translation>Score %1 for %2, %3 taken from a juror&apos;s return</translation>
    </message>
    <message numerus="yes">
        <source>Export of %n juror package(s)</source>
        <translation>
            <numerusform>Export of %n juror package</numerusform>
            <numerusform>Export of %n juror packages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: the folder does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is a folder.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>a row of table %1 refers to a missing row of table %2</source>
        <translation>a row of table %1 refers to a missing row of table %2</translation>
    </message>
    <message>
        <source>the foreign keys cannot be turned off for the upgrade</source>
        <translation>the foreign keys cannot be turned off for the upgrade</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>in table %1, the codes %2 differ only in case</source>
        <translation>in table %1, the codes %2 differ only in case</translation>
    </message>
    <message>
        <source>in table %1, the code %2 is not one word</source>
        <translation>in table %1, the code %2 is not one word</translation>
    </message>
    <message>
        <source>in table %1, the weight of %2 is %3</source>
        <translation>in table %1, the weight of %2 is %3</translation>
    </message>
    <message>
        <source>%1; a code is one word, unique whatever its case, and a weight goes from 0 to %2: correct this in the version of Palmarès that wrote the file</source>
        <translation>%1; a code is one word, unique whatever its case, and a weight goes from 0 to %2: correct this in the version of Palmarès that wrote the file</translation>
    </message>
</context>
<context>
    <name>ScoreSheets</name>
    <message>
        <source>sheets</source>
        <extracomment>The file name of a juror&apos;s blank score sheets, after their package&apos;s name.</extracomment>
        <translation>sheets</translation>
    </message>
    <message>
        <source>from %1 to %2, by steps of %3</source>
        <translation>from %1 to %2, by steps of %3</translation>
    </message>
    <message>
        <source>score sheet of %1, %2</source>
        <translation>score sheet of %1, %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Write each value %1 in its box; leave a box empty for a criterion you do not score.</source>
        <translation>Write each value %1 in its box; leave a box empty for a criterion you do not score.</translation>
    </message>
    <message>
        <source>Criterion and rubric</source>
        <translation>Criterion and rubric</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>No candidate is assigned to %1.</source>
        <translation>No candidate is assigned to %1.</translation>
    </message>
    <message>
        <source>Score sheets of %1</source>
        <translation>Score sheets of %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: the sheets could not be laid out.</source>
        <translation>%1 cannot be written: the sheets could not be laid out.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>SheetBuilder</name>
    <message>
        <source>row %1 after row %2</source>
        <translation>row %1 after row %2</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: beyond row %4, the last a spreadsheet holds.</source>
        <translation>%1, sheet &quot;%2&quot;, row %3: beyond row %4, the last a spreadsheet holds.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: more than %4 columns, which no spreadsheet holds.</source>
        <translation>%1, sheet &quot;%2&quot;, row %3: more than %4 columns, which no spreadsheet holds.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, cell %3: a cell of more than %4 characters, which no spreadsheet holds.</source>
        <translation>%1, sheet &quot;%2&quot;, cell %3: a cell of more than %4 characters, which no spreadsheet holds.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: more than %4 cells in all (the empty ones between them included), too many for an import.</source>
        <translation>%1, sheet &quot;%2&quot;, row %3: more than %4 cells in all (the empty ones between them included), too many for an import.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: the file is damaged or incomplete (%3): it cannot be read. Save it again from its spreadsheet program.</source>
        <translation>%1, sheet &quot;%2&quot;: the file is damaged or incomplete (%3): it cannot be read. Save it again from its spreadsheet program.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, after row %3: the file is damaged or incomplete (%4): it cannot be read. Save it again from its spreadsheet program.</source>
        <translation>%1, sheet &quot;%2&quot;, after row %3: the file is damaged or incomplete (%4): it cannot be read. Save it again from its spreadsheet program.</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable %2 workbook: %3</source>
        <translation>%1 is not a readable %2 workbook: %3</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Reading %1 was cancelled.</translation>
    </message>
    <message>
        <source>%1 is empty: no header row.</source>
        <translation>%1 is empty: no header row.</translation>
    </message>
    <message>
        <source>%1 is not a CSV, XLSX or ODS spreadsheet.</source>
        <translation>%1 is not a CSV, XLSX or ODS spreadsheet.</translation>
    </message>
    <message>
        <source>%1 holds no sheet.</source>
        <translation>%1 holds no sheet.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;.</source>
        <translation>%1 has no sheet named &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; of %2 is empty: no header row.</source>
        <translation>The sheet &quot;%1&quot; of %2 is empty: no header row.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote (&quot;) opens a cell and is never closed, so the rest of the file would be read into that cell. Close the quote, or double it (&quot;&quot;) if it is part of the text.</source>
        <translation>%1, line %2: a quote (&quot;) opens a cell and is never closed, so the rest of the file would be read into that cell. Close the quote, or double it (&quot;&quot;) if it is part of the text.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a cell of more than %4 characters, which no spreadsheet holds. Is it a spreadsheet saved as CSV?</source>
        <translation>%1, line %2, column %3: a cell of more than %4 characters, which no spreadsheet holds. Is it a spreadsheet saved as CSV?</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 columns, which no spreadsheet holds. Is it a spreadsheet saved as CSV?</source>
        <translation>%1, line %2: more than %3 columns, which no spreadsheet holds. Is it a spreadsheet saved as CSV?</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: too large for an import sheet.</source>
        <translation>%1 is larger than %2 MB: too large for an import sheet.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows: too many for an import.</source>
        <translation>%1 has more than %2 rows: too many for an import.</translation>
    </message>
</context>
<context>
    <name>Siret</name>
    <message>
        <source>The SIRET is empty.</source>
        <translation>The SIRET is empty.</translation>
    </message>
    <message>
        <source>A SIRET has exactly 14 digits.</source>
        <translation>A SIRET has exactly 14 digits.</translation>
    </message>
    <message>
        <source>This SIRET fails the checksum: a digit is probably mistyped.</source>
        <translation>This SIRET fails the checksum: a digit is probably mistyped.</translation>
    </message>
    <message>
        <source>A SIRET of zeros names no company: it is a placeholder, not the applicant&apos;s number.</source>
        <translation>A SIRET of zeros names no company: it is a placeholder, not the applicant&apos;s number.</translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <source>a sheet could not be written whole (is the disk full?)</source>
        <translation>a sheet could not be written whole (is the disk full?)</translation>
    </message>
    <message>
        <source>scores</source>
        <extracomment>Added to the name of a ranking written as CSV for the file of the scores beside it: « resultats.csv » → « resultats-notes.csv ».</extracomment>
        <translation>scores</translation>
    </message>
    <message>
        <source>%1: results are written as .xlsx or .csv.</source>
        <translation>%1: results are written as .xlsx or .csv.</translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>the file written is missing.</source>
        <translation>the file written is missing.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Ranking</source>
        <extracomment>The name of a spreadsheet&apos;s sheet (31 characters at most).</extracomment>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <source>Cumulative surface (m²)</source>
        <translation>Cumulative surface (m²)</translation>
    </message>
    <message>
        <source>Site fill (%)</source>
        <translation>Site fill (%)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Scores</source>
        <extracomment>The name of a spreadsheet&apos;s sheet (31 characters at most).</extracomment>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Juror %1 (%2)</source>
        <extracomment>A juror in the public version of the scores, without their name: « Juré 3 (Jury d&apos;experts) ».</extracomment>
        <translation>Juror %1 (%2)</translation>
    </message>
    <message>
        <source>About</source>
        <extracomment>The name of a spreadsheet&apos;s sheet (31 characters at most): what the tables came from.</extracomment>
        <translation>About</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Written on</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>full: jurors&apos; names and comments</source>
        <translation>full: jurors&apos; names and comments</translation>
    </message>
    <message>
        <source>public: no juror&apos;s name, no comment</source>
        <translation>public: no juror&apos;s name, no comment</translation>
    </message>
    <message>
        <source>Fingerprint of the result</source>
        <translation>Fingerprint of the result</translation>
    </message>
    <message>
        <source>Digest of the table %1</source>
        <translation>Digest of the table %1</translation>
    </message>
    <message>
        <source>To check it</source>
        <translation>To check it</translation>
    </message>
    <message>
        <source>palmares-cli verify FILE.ami --fingerprint %1</source>
        <translation>palmares-cli verify FILE.ami --fingerprint %1</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>the column of the About sheet</comment>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Declared ineligible</source>
        <translation>Declared ineligible</translation>
    </message>
    <message>
        <source>Declared ineligible: %1</source>
        <translation>Declared ineligible: %1</translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation>Application withdrawn</translation>
    </message>
    <message>
        <source>%1 pillar at %2, under its eliminatory threshold of %3</source>
        <translation>%1 pillar at %2, under its eliminatory threshold of %3</translation>
    </message>
    <message>
        <source>%1: jurors&apos; totals spread by %2 points (SD)</source>
        <translation>%1: jurors&apos; totals spread by %2 points (SD)</translation>
    </message>
    <message>
        <source>juries %1 points apart</source>
        <translation>juries %1 points apart</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Disagreement: %1</translation>
    </message>
    <message>
        <source>Tie broken by %1</source>
        <translation>Tie broken by %1</translation>
    </message>
    <message>
        <source>Forced out by the jury</source>
        <translation>Forced out by the jury</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Incomplete: a jury has not reached quorum</source>
        <translation>Incomplete: a jury has not reached quorum</translation>
    </message>
    <message>
        <source>Does not fit the remaining capacity</source>
        <translation>Does not fit the remaining capacity</translation>
    </message>
    <message>
        <source>Forced in, but does not fit the remaining capacity</source>
        <translation>Forced in, but does not fit the remaining capacity</translation>
    </message>
    <message>
        <source>Not in the best-value set</source>
        <translation>Not in the best-value set</translation>
    </message>
    <message>
        <source>Does not fit: %1 m² requested, %2 m² left</source>
        <translation>Does not fit: %1 m² requested, %2 m² left</translation>
    </message>
    <message>
        <source>Laureate (forced in)</source>
        <translation>Laureate (forced in)</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Laureate</translation>
    </message>
    <message>
        <source>Waiting list no. %1</source>
        <translation>Waiting list no. %1</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>forced in</source>
        <translation>forced in</translation>
    </message>
    <message>
        <source>forced out</source>
        <translation>forced out</translation>
    </message>
    <message>
        <source>greedy by rank</source>
        <translation>greedy by rank</translation>
    </message>
    <message>
        <source>best value</source>
        <translation>best value</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>No decision yet</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Open for applications</source>
        <translation>Open for applications</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>in draft</source>
        <translation>in draft</translation>
    </message>
    <message>
        <source>open for applications</source>
        <translation>open for applications</translation>
    </message>
    <message>
        <source>in scoring</source>
        <translation>in scoring</translation>
    </message>
    <message>
        <source>in deliberation</source>
        <translation>in deliberation</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Setting up: everything may change, scores and decisions included, to try the campaign out.</source>
        <translation>Setting up: everything may change, scores and decisions included, to try the campaign out.</translation>
    </message>
    <message>
        <source>Applications come in; the site and the rules may still change. Nobody scores yet.</source>
        <translation>Applications come in; the site and the rules may still change. Nobody scores yet.</translation>
    </message>
    <message>
        <source>The rules are fixed; scores come in; candidates&apos; data may be corrected.</source>
        <translation>The rules are fixed; scores come in; candidates&apos; data may be corrected.</translation>
    </message>
    <message>
        <source>Scores are fixed, except a correction with a written reason; the jury records its decisions.</source>
        <translation>Scores are fixed, except a correction with a written reason; the jury records its decisions.</translation>
    </message>
    <message>
        <source>The campaign is only read. Going back to deliberation needs a written reason.</source>
        <translation>The campaign is only read. Going back to deliberation needs a written reason.</translation>
    </message>
    <message>
        <source>it can only be read. Go back to deliberation, with a reason, to change it.</source>
        <translation>it can only be read. Go back to deliberation, with a reason, to change it.</translation>
    </message>
    <message>
        <source>its rules (criteria, weights, scales, juries, aggregation, tie-break, selection) are fixed. Go back a step, with a reason, to change them.</source>
        <translation>its rules (criteria, weights, scales, juries, aggregation, tie-break, selection) are fixed. Go back a step, with a reason, to change them.</translation>
    </message>
    <message>
        <source>its site (buildings, rentable surface, fill target) is fixed.</source>
        <translation>its site (buildings, rentable surface, fill target) is fixed.</translation>
    </message>
    <message>
        <source>candidates are no longer registered or removed; their data may still be corrected.</source>
        <translation>candidates are no longer registered or removed; their data may still be corrected.</translation>
    </message>
    <message>
        <source>its jurors and their conflicts of interest are fixed.</source>
        <translation>its jurors and their conflicts of interest are fixed.</translation>
    </message>
    <message>
        <source>a score is corrected only with a written reason.</source>
        <translation>a score is corrected only with a written reason.</translation>
    </message>
    <message>
        <source>scores come in once it is in scoring.</source>
        <translation>scores come in once it is in scoring.</translation>
    </message>
    <message>
        <source>decisions are recorded in deliberation.</source>
        <translation>decisions are recorded in deliberation.</translation>
    </message>
    <message>
        <source>The campaign is %1: %2</source>
        <translation>The campaign is %1: %2</translation>
    </message>
    <message>
        <source>Going back from “%1” to “%2” needs a written reason.</source>
        <translation>Going back from “%1” to “%2” needs a written reason.</translation>
    </message>
    <message>
        <source>A campaign goes back one step at a time: from “%1”, to “%2”.</source>
        <translation>A campaign goes back one step at a time: from “%1”, to “%2”.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Creation</translation>
    </message>
    <message>
        <source>File upgrade</source>
        <translation>File upgrade</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pillars</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Juries</source>
        <translation>Juries</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurors</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>campaign settings</source>
        <translation>campaign settings</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written</source>
        <translation>
            <numerusform>%n row written</numerusform>
            <numerusform>%n rows written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed</source>
        <translation>
            <numerusform>%n row removed</numerusform>
            <numerusform>%n rows removed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 is not a Palmarès juror package.</source>
        <translation>%1 is not a Palmarès juror package.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Palmarès: install the version the organizer uses.</source>
        <translation>%1 was made by a newer version of Palmarès: install the version the organizer uses.</translation>
    </message>
    <message>
        <source>%1 is incomplete (cut short, perhaps while being copied or sent): ask for it again.</source>
        <translation>%1 is incomplete (cut short, perhaps while being copied or sent): ask for it again.</translation>
    </message>
    <message>
        <source>%1 does not open with this passphrase: either the passphrase is not the one of its letter, or the file was changed since it was written.</source>
        <translation>%1 does not open with this passphrase: either the passphrase is not the one of its letter, or the file was changed since it was written.</translation>
    </message>
    <message>
        <source>%1 asks for a key derivation no Palmarès package asks for: it was not made by Palmarès.</source>
        <translation>%1 asks for a key derivation no Palmarès package asks for: it was not made by Palmarès.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: this computer lacks the memory to derive its key (64 MiB).</source>
        <translation>%1 cannot be opened: this computer lacks the memory to derive its key (64 MiB).</translation>
    </message>
    <message>
        <source>Juror packages exported</source>
        <translation>Juror packages exported</translation>
    </message>
    <message>
        <source>Juror return imported</source>
        <translation>Juror return imported</translation>
    </message>
    <message>
        <source>Juror packages</source>
        <translation>Juror packages</translation>
    </message>
    <message>
        <source>%1 opens, but what it holds is not a juror package&apos;s contents: it was not written by Palmarès.</source>
        <translation>%1 opens, but what it holds is not a juror package&apos;s contents: it was not written by Palmarès.</translation>
    </message>
    <message>
        <source>%1 is a juror package of another campaign: open the campaign it was exported from.</source>
        <translation>%1 is a juror package of another campaign: open the campaign it was exported from.</translation>
    </message>
    <message>
        <source>%1 is the package of another juror than the one chosen.</source>
        <translation>%1 is the package of another juror than the one chosen.</translation>
    </message>
    <message>
        <source>%1 is the package of a juror this campaign does not have (or no longer has).</source>
        <translation>%1 is the package of a juror this campaign does not have (or no longer has).</translation>
    </message>
    <message>
        <source>%1 is the package of a juror for whom this campaign exported none: it has no passphrase to open it with.</source>
        <translation>%1 is the package of a juror for whom this campaign exported none: it has no passphrase to open it with.</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>typed in</translation>
    </message>
    <message>
        <source>from a paper sheet</source>
        <translation>from a paper sheet</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>from the package %1</source>
        <translation>from the package %1</translation>
    </message>
    <message>
        <source>the candidate is no longer in the campaign</source>
        <translation>the candidate is no longer in the campaign</translation>
    </message>
    <message>
        <source>the candidate has withdrawn or was found ineligible since</source>
        <translation>the candidate has withdrawn or was found ineligible since</translation>
    </message>
    <message>
        <source>a conflict of interest with this candidate was declared since</source>
        <translation>a conflict of interest with this candidate was declared since</translation>
    </message>
    <message>
        <source>the criterion was removed since</source>
        <translation>the criterion was removed since</translation>
    </message>
    <message>
        <source>the value is no longer on the jury&apos;s scale</source>
        <translation>the value is no longer on the jury&apos;s scale</translation>
    </message>
    <message>
        <source>%1, %2: %3 not taken, %4</source>
        <translation>%1, %2: %3 not taken, %4</translation>
    </message>
    <message>
        <source>%1, %2: the campaign holds %3 (%4, %5), the juror&apos;s return %6 (%7)</source>
        <translation>%1, %2: the campaign holds %3 (%4, %5), the juror&apos;s return %6 (%7)</translation>
    </message>
    <message>
        <source>submitted on %1, returned on %2</source>
        <translation>submitted on %1, returned on %2</translation>
    </message>
    <message>
        <source>returned on %1, not submitted</source>
        <translation>returned on %1, not submitted</translation>
    </message>
    <message>
        <source>exported on %1, not returned</source>
        <translation>exported on %1, not returned</translation>
    </message>
    <message>
        <source>no package exported</source>
        <translation>no package exported</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <extracomment>A level of a criterion&apos;s rubric: its label (in bold), then what it means.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Trimmed mean (from 5 values)</source>
        <translation>Trimmed mean (from 5 values)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Final score</translation>
    </message>
    <message>
        <source>Registration order</source>
        <translation>Registration order</translation>
    </message>
    <message>
        <source>Total of the %1</source>
        <translation>Total of the %1</translation>
    </message>
    <message>
        <source>Deliberation session</source>
        <translation>Deliberation session</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>When the deliberation session was held: a date (« vendredi 12 juin 2026 »), then a time.</extracomment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1: %2 present of %3, quorum %4 — %5</source>
        <extracomment>A jury at the deliberation session: its name, jurors present, its number of jurors, its quorum, and whether it is reached.</extracomment>
        <translation>%1: %2 present of %3, quorum %4 — %5</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>no jury, no quorum</source>
        <translation>no jury, no quorum</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <extracomment>A jury&apos;s jurors present over its quorum: « Jury citoyen 12/8 ».</extracomment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>quorum reached (%1)</source>
        <translation>quorum reached (%1)</translation>
    </message>
    <message>
        <source>quorum not reached for the %1 (%2)</source>
        <translation>quorum not reached for the %1 (%2)</translation>
    </message>
    <message>
        <source>No deliberation session recorded yet.</source>
        <translation>No deliberation session recorded yet.</translation>
    </message>
    <message>
        <source>Session of %1, %2, chaired by %3; %4.</source>
        <translation>Session of %1, %2, chaired by %3; %4.</translation>
    </message>
    <message>
        <source>the deliberation session is recorded in deliberation.</source>
        <translation>the deliberation session is recorded in deliberation.</translation>
    </message>
    <message>
        <source>Waiting no. %1</source>
        <translation>Waiting no. %1</translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation>Report issued</translation>
    </message>
    <message>
        <source>Reports issued</source>
        <translation>Reports issued</translation>
    </message>
    <message>
        <source>public laureate report</source>
        <translation>public laureate report</translation>
    </message>
    <message>
        <source>laureate report</source>
        <translation>laureate report</translation>
    </message>
    <message>
        <source>public minutes of the deliberation</source>
        <translation>public minutes of the deliberation</translation>
    </message>
    <message>
        <source>minutes of the deliberation</source>
        <translation>minutes of the deliberation</translation>
    </message>
    <message>
        <source>public results workbook</source>
        <translation>public results workbook</translation>
    </message>
    <message>
        <source>results workbook</source>
        <translation>results workbook</translation>
    </message>
    <message>
        <source>%1 “%2”, issued on %3</source>
        <extracomment>A document issued: what it is, its file&apos;s name, when it was written.</extracomment>
        <translation>%1 “%2”, issued on %3</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>rules</translation>
    </message>
    <message>
        <source>the campaign still gives its result</source>
        <translation>the campaign still gives its result</translation>
    </message>
    <message>
        <source>changed since: %1</source>
        <translation>changed since: %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>it has no %1</source>
        <translation>it has no %1</translation>
    </message>
    <message>
        <source>%1 names no part for the sheet &quot;%2&quot;</source>
        <translation>%1 names no part for the sheet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a cell %1 in row %2</source>
        <translation>a cell %1 in row %2</translation>
    </message>
    <message>
        <source>cell %1 names a shared string that is not in the file</source>
        <translation>cell %1 names a shared string that is not in the file</translation>
    </message>
    <message>
        <source>a row numbered %1</source>
        <translation>a row numbered %1</translation>
    </message>
</context>
<context>
    <name>ZipEntries</name>
    <message>
        <source>more bytes than the zip&apos;s directory says</source>
        <translation>more bytes than the zip&apos;s directory says</translation>
    </message>
    <message>
        <source>%1: %2 would take more than %3 MB once uncompressed, more than a workbook may take. Is it a zip bomb?</source>
        <translation>%1: %2 would take more than %3 MB once uncompressed, more than a workbook may take. Is it a zip bomb?</translation>
    </message>
    <message>
        <source>fewer bytes than the zip&apos;s directory says</source>
        <translation>fewer bytes than the zip&apos;s directory says</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1: %2 would take %3 MB once uncompressed, more than the %4 MB a workbook may take. Is it a zip bomb?</source>
        <translation>%1: %2 would take %3 MB once uncompressed, more than the %4 MB a workbook may take. Is it a zip bomb?</translation>
    </message>
    <message>
        <source>%1: %2 is compressed %3 to 1, more than the %4 to 1 of any spreadsheet. Is it a zip bomb?</source>
        <translation>%1: %2 is compressed %3 to 1, more than the %4 to 1 of any spreadsheet. Is it a zip bomb?</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (%2): it cannot be read. Save it again from its spreadsheet program.</source>
        <translation>%1 is damaged or incomplete (%2): it cannot be read. Save it again from its spreadsheet program.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Campaign file to open.</source>
        <translation>Campaign file to open.</translation>
    </message>
</context>
<context>
    <name>palmares::AnalysisPage</name>
    <message>
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>&amp;Pillar profile</source>
        <translation>&amp;Pillar profile</translation>
    </message>
    <message>
        <source>&amp;Expert vs citizen</source>
        <translation>&amp;Expert vs citizen</translation>
    </message>
    <message>
        <source>Scores per &amp;juror</source>
        <translation>Scores per &amp;juror</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Candidate compared</source>
        <translation>Candidate compared</translation>
    </message>
    <message>
        <source>Pillar profile chart</source>
        <translation>Pillar profile chart</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Candidate:</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Compare &amp;with:</translation>
    </message>
    <message>
        <source>Expert versus citizen chart</source>
        <translation>Expert versus citizen chart</translation>
    </message>
    <message>
        <source>Score distribution per juror</source>
        <translation>Score distribution per juror</translation>
    </message>
    <message>
        <source>Jurors compared with their jury</source>
        <translation>Jurors compared with their jury</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>%1: final %2 (%3).</source>
        <translation>%1: final %2 (%3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Comparing juries needs two juries.</source>
        <translation>Comparing juries needs two juries.</translation>
    </message>
    <message>
        <source>Total of the %1 and of the %2, out of 100</source>
        <translation>Total of the %1 and of the %2, out of 100</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Laureates</translation>
    </message>
    <message>
        <source>Other candidates</source>
        <translation>Other candidates</translation>
    </message>
    <message>
        <source>Same total from both juries</source>
        <translation>Same total from both juries</translation>
    </message>
    <message>
        <source>%1
%2: %3, %4: %5</source>
        <translation>%1
%2: %3, %4: %5</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) scored by both juries. Above the diagonal, the %1 gave more than the %2.</source>
        <translation>
            <numerusform>%n candidate scored by both juries. Above the diagonal, the %1 gave more than the %2.</numerusform>
            <numerusform>%n candidates scored by both juries. Above the diagonal, the %1 gave more than the %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Widest gap: %1 (%2 points).</source>
        <translation>Widest gap: %1 (%2 points).</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Others&apos; mean</source>
        <translation>Others&apos; mean</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>In line with the jury</source>
        <translation>In line with the jury</translation>
    </message>
    <message>
        <source>Harsh: %1 points under the others</source>
        <translation>Harsh: %1 points under the others</translation>
    </message>
    <message>
        <source>Lenient: %1 points over the others</source>
        <translation>Lenient: %1 points over the others</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</translation>
    </message>
    <message>
        <source>Each juror&apos;s scores, out of 100</source>
        <translation>Each juror&apos;s scores, out of 100</translation>
    </message>
    <message>
        <source>box: the middle half of the scores; line: the median; whiskers: the lowest and the highest score</source>
        <translation>box: the middle half of the scores; line: the median; whiskers: the lowest and the highest score</translation>
    </message>
</context>
<context>
    <name>palmares::BuildingsModel</name>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
</context>
<context>
    <name>palmares::Buttons</name>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>palmares::CampaignDocument</name>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>%1 is open in %2: it cannot be replaced.</source>
        <translation>%1 is open in %2: it cannot be replaced.</translation>
    </message>
    <message>
        <source>This campaign is open read-only: the change is not saved.</source>
        <translation>This campaign is open read-only: the change is not saved.</translation>
    </message>
    <message>
        <source>%1 (process %2, on this computer)</source>
        <translation>%1 (process %2, on this computer)</translation>
    </message>
    <message>
        <source>%1 (process %2, on the computer %3)</source>
        <translation>%1 (process %2, on the computer %3)</translation>
    </message>
    <message>
        <source>%1 is already open for writing in %2.</source>
        <translation>%1 is already open for writing in %2.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: the folder does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: its folder %2 is read-only. Open it for reading, or copy it to a folder of yours.</source>
        <translation>%1 cannot be opened for writing: its folder %2 is read-only. Open it for reading, or copy it to a folder of yours.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: its lock file %2 cannot be written (is the disk full?).</source>
        <translation>%1 cannot be opened for writing: its lock file %2 cannot be written (is the disk full?).</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the file is read-only. Open it for reading, or allow writing in its properties.</source>
        <translation>%1 cannot be opened for writing: the file is read-only. Open it for reading, or allow writing in its properties.</translation>
    </message>
</context>
<context>
    <name>palmares::CampaignPage</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Sum of the buildings</source>
        <translation>Sum of the buildings</translation>
    </message>
    <message>
        <source>Land plots count towards the fill</source>
        <translation>Land plots count towards the fill</translation>
    </message>
    <message>
        <source>Correct each juror&apos;s harshness or leniency</source>
        <translation>Correct each juror&apos;s harshness or leniency</translation>
    </message>
    <message>
        <source>Greedy by rank</source>
        <translation>Greedy by rank</translation>
    </message>
    <message>
        <source>Best value (advisory optimum)</source>
        <translation>Best value (advisory optimum)</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Every remaining candidate</source>
        <translation>Every remaining candidate</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territory:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Opens &amp;on:</source>
        <translation>Opens &amp;on:</translation>
    </message>
    <message>
        <source>Closes o&amp;n:</source>
        <translation>Closes o&amp;n:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Fill &amp;target:</source>
        <translation>Fill &amp;target:</translation>
    </message>
    <message>
        <source>&amp;Rentable surface:</source>
        <translation>&amp;Rentable surface:</translation>
    </message>
    <message>
        <source>&amp;Aggregation of jurors:</source>
        <translation>&amp;Aggregation of jurors:</translation>
    </message>
    <message>
        <source>T&amp;ie-break order:</source>
        <translation>T&amp;ie-break order:</translation>
    </message>
    <message>
        <source>then registration order</source>
        <translation>then registration order</translation>
    </message>
    <message>
        <source>Se&amp;lection rule:</source>
        <translation>Se&amp;lection rule:</translation>
    </message>
    <message>
        <source>Juror &amp;spread alert:</source>
        <translation>Juror &amp;spread alert:</translation>
    </message>
    <message>
        <source>Jury &amp;gap alert:</source>
        <translation>Jury &amp;gap alert:</translation>
    </message>
    <message>
        <source>&amp;Waiting list size:</source>
        <translation>&amp;Waiting list size:</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation>Campaign status</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Opening date</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>Fill target in percent</source>
        <translation>Fill target in percent</translation>
    </message>
    <message>
        <source>Rentable surface in square metres</source>
        <translation>Rentable surface in square metres</translation>
    </message>
    <message>
        <source>Tie-break order</source>
        <translation>Tie-break order</translation>
    </message>
    <message>
        <source>Move tie-break key up</source>
        <translation>Move tie-break key up</translation>
    </message>
    <message>
        <source>Move tie-break key down</source>
        <translation>Move tie-break key down</translation>
    </message>
    <message>
        <source>Selection rule</source>
        <translation>Selection rule</translation>
    </message>
    <message>
        <source>Juror spread alert threshold</source>
        <translation>Juror spread alert threshold</translation>
    </message>
    <message>
        <source>Jury gap alert threshold</source>
        <translation>Jury gap alert threshold</translation>
    </message>
    <message>
        <source>Waiting list size</source>
        <translation>Waiting list size</translation>
    </message>
    <message>
        <source>A candidate is flagged when the standard deviation of one jury&apos;s juror totals exceeds this many points out of 100.</source>
        <translation>A candidate is flagged when the standard deviation of one jury&apos;s juror totals exceeds this many points out of 100.</translation>
    </message>
    <message>
        <source>A candidate is flagged when its jury totals differ by more than this many points out of 100.</source>
        <translation>A candidate is flagged when its jury totals differ by more than this many points out of 100.</translation>
    </message>
    <message>
        <source>Rename the campaign</source>
        <translation>Rename the campaign</translation>
    </message>
    <message>
        <source>Change the territory</source>
        <translation>Change the territory</translation>
    </message>
    <message>
        <source>Change the campaign dates</source>
        <translation>Change the campaign dates</translation>
    </message>
    <message>
        <source>Change the fill target</source>
        <translation>Change the fill target</translation>
    </message>
    <message>
        <source>Change the rentable surface</source>
        <translation>Change the rentable surface</translation>
    </message>
    <message>
        <source>Change whether land counts</source>
        <translation>Change whether land counts</translation>
    </message>
    <message>
        <source>Change the aggregation of jurors</source>
        <translation>Change the aggregation of jurors</translation>
    </message>
    <message>
        <source>Change juror de-biasing</source>
        <translation>Change juror de-biasing</translation>
    </message>
    <message>
        <source>Change the selection rule</source>
        <translation>Change the selection rule</translation>
    </message>
    <message>
        <source>Change the juror spread alert</source>
        <translation>Change the juror spread alert</translation>
    </message>
    <message>
        <source>Change the jury gap alert</source>
        <translation>Change the jury gap alert</translation>
    </message>
    <message>
        <source>Change the waiting list size</source>
        <translation>Change the waiting list size</translation>
    </message>
    <message>
        <source>Site and buildings</source>
        <translation>Site and buildings</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>&amp;Add building</source>
        <translation>&amp;Add building</translation>
    </message>
    <message>
        <source>Re&amp;move building</source>
        <translation>Re&amp;move building</translation>
    </message>
    <message>
        <source>Add building</source>
        <translation>Add building</translation>
    </message>
    <message>
        <source>Remove building</source>
        <translation>Remove building</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s). Rentable surface: %1&#x202f;m²; at a %2&#x202f;% fill target, the laureates can take %3&#x202f;m².</source>
        <translation>
            <numerusform>%n building. Rentable surface: %1&#x202f;m²; at a %2&#x202f;% fill target, the laureates can take %3&#x202f;m².</numerusform>
            <numerusform>%n buildings. Rentable surface: %1&#x202f;m²; at a %2&#x202f;% fill target, the laureates can take %3&#x202f;m².</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the tie-break order</source>
        <translation>Change the tie-break order</translation>
    </message>
    <message>
        <source>Campaign settings</source>
        <translation>Campaign settings</translation>
    </message>
    <message>
        <source>Each step fixes more of the campaign: the rules when scoring starts, the scores in deliberation; a closed campaign is only read. Going back a step asks for a reason.</source>
        <translation>Each step fixes more of the campaign: the rules when scoring starts, the scores in deliberation; a closed campaign is only read. Going back a step asks for a reason.</translation>
    </message>
    <message>
        <source>Go back a step</source>
        <translation>Go back a step</translation>
    </message>
    <message>
        <source>Why does the campaign go back from “%1” to “%2”? The reason is kept in the journal and the minutes.</source>
        <translation>Why does the campaign go back from “%1” to “%2”? The reason is kept in the journal and the minutes.</translation>
    </message>
    <message>
        <source>The share of the rentable surface the laureates may take: the selection stops before the surface they request goes beyond it.</source>
        <translation>The share of the rentable surface the laureates may take: the selection stops before the surface they request goes beyond it.</translation>
    </message>
    <message>
        <source>The surface to let. At zero, the sum of the buildings that count (land plots only when they count towards the fill).</source>
        <translation>The surface to let. At zero, the sum of the buildings that count (land plots only when they count towards the fill).</translation>
    </message>
    <message>
        <source>Ticked, land plots are part of the rentable surface and a request for land takes from the fill; otherwise only the buildings do.</source>
        <translation>Ticked, land plots are part of the rentable surface and a request for land takes from the fill; otherwise only the buildings do.</translation>
    </message>
    <message>
        <source>How a jury&apos;s score on a criterion is made from its jurors&apos; scores: their mean, their median, or their mean without the highest and the lowest once there are five scores or more.</source>
        <translation>How a jury&apos;s score on a criterion is made from its jurors&apos; scores: their mean, their median, or their mean without the highest and the lowest once there are five scores or more.</translation>
    </message>
    <message>
        <source>Before the jurors&apos; scores are put together, each juror&apos;s scores are brought to the mean and spread of the jury, so that a harsh or a lenient juror weighs like the others. Off by default.</source>
        <translation>Before the jurors&apos; scores are put together, each juror&apos;s scores are brought to the mean and spread of the jury, so that a harsh or a lenient juror weighs like the others. Off by default.</translation>
    </message>
    <message>
        <source>Candidates with the same final score are ranked by these, in this order, then by registration order. Alt+Up and Alt+Down move the selected one.</source>
        <translation>Candidates with the same final score are ranked by these, in this order, then by registration order. Alt+Up and Alt+Down move the selected one.</translation>
    </message>
    <message>
        <source>Greedy: down the ranking, each candidate whose surface still fits is a laureate. Best value: the combination with the highest total score within the capacity, shown beside it as advice.</source>
        <translation>Greedy: down the ranking, each candidate whose surface still fits is a laureate. Best value: the combination with the highest total score within the capacity, shown beside it as advice.</translation>
    </message>
    <message>
        <source>A candidate whose jurors&apos; totals within one jury are spread more than this (standard deviation, out of 100) is flagged.</source>
        <translation>A candidate whose jurors&apos; totals within one jury are spread more than this (standard deviation, out of 100) is flagged.</translation>
    </message>
    <message>
        <source>A candidate whose expert and citizen totals differ by more than this (out of 100) is flagged.</source>
        <translation>A candidate whose expert and citizen totals differ by more than this (out of 100) is flagged.</translation>
    </message>
    <message>
        <source>How many candidates not selected stand in line, in rank order, should a laureate withdraw.</source>
        <translation>How many candidates not selected stand in line, in rank order, should a laureate withdraw.</translation>
    </message>
</context>
<context>
    <name>palmares::CandidateForm</name>
    <message>
        <source>14 digits</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Social and solidarity economy (ESS)</source>
        <translation>Social and solidarity economy (ESS)</translation>
    </message>
    <message>
        <source>e.g. 16.23Z</source>
        <translation>e.g. 16.23Z</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source> FTE</source>
        <translation> FTE</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Why it is ineligible or withdrawn</source>
        <translation>Why it is ineligible or withdrawn</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>Remo&amp;ve file</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation>S&amp;IRET:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Legal form:</translation>
    </message>
    <message>
        <source>NA&amp;F code:</source>
        <translation>NA&amp;F code:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;ject:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Requested s&amp;urface:</source>
        <translation>Requested s&amp;urface:</translation>
    </message>
    <message>
        <source>Wanted &amp;use:</source>
        <translation>Wanted &amp;use:</translation>
    </message>
    <message>
        <source>Preferred &amp;building:</source>
        <translation>Preferred &amp;building:</translation>
    </message>
    <message>
        <source>&amp;Jobs created:</source>
        <translation>&amp;Jobs created:</translation>
    </message>
    <message>
        <source>Wanted s&amp;tart:</source>
        <translation>Wanted s&amp;tart:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Social and solidarity economy</source>
        <translation>Social and solidarity economy</translation>
    </message>
    <message>
        <source>NAF code</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Project description</translation>
    </message>
    <message>
        <source>Requested surface in square metres</source>
        <translation>Requested surface in square metres</translation>
    </message>
    <message>
        <source>Wanted use</source>
        <translation>Wanted use</translation>
    </message>
    <message>
        <source>Preferred building</source>
        <translation>Preferred building</translation>
    </message>
    <message>
        <source>Jobs created, full-time equivalent</source>
        <translation>Jobs created, full-time equivalent</translation>
    </message>
    <message>
        <source>Wanted start date</source>
        <translation>Wanted start date</translation>
    </message>
    <message>
        <source>Application status</source>
        <translation>Application status</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Status reason</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>Add an attachment</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Open the attachment</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Remove the attachment</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>status reason</source>
        <translation>status reason</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>legal form</translation>
    </message>
    <message>
        <source>ESS</source>
        <translation>ESS</translation>
    </message>
    <message>
        <source>requested surface</source>
        <translation>requested surface</translation>
    </message>
    <message>
        <source>wanted use</source>
        <translation>wanted use</translation>
    </message>
    <message>
        <source>preferred building</source>
        <translation>preferred building</translation>
    </message>
    <message>
        <source>jobs created</source>
        <translation>jobs created</translation>
    </message>
    <message>
        <source>wanted start</source>
        <translation>wanted start</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>No. %1 — %2</source>
        <translation>No. %1 — %2</translation>
    </message>
    <message>
        <source>No candidate selected</source>
        <translation>No candidate selected</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>No preference</translation>
    </message>
    <message>
        <source>No SIRET yet: allowed for a company being created.</source>
        <translation>No SIRET yet: allowed for a company being created.</translation>
    </message>
    <message>
        <source>Valid SIRET.</source>
        <translation>Valid SIRET.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>%1 (added %2)</source>
        <translation>%1 (added %2)</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB.</source>
        <translation>%1 is larger than 50 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.odt *.docx *.jpg *.png);;All files (*)</source>
        <translation>Documents (*.pdf *.odt *.docx *.jpg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>No application opens %1.</translation>
    </message>
</context>
<context>
    <name>palmares::CandidatesModel</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Ineligible</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>ESS</source>
        <translation>ESS</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>palmares::CandidatesPage</name>
    <message>
        <source>Search candidates</source>
        <translation>Search candidates</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Any use</translation>
    </message>
    <message>
        <source>Filter by use</source>
        <translation>Filter by use</translation>
    </message>
    <message>
        <source>ESS or not</source>
        <translation>ESS or not</translation>
    </message>
    <message>
        <source>ESS only</source>
        <translation>ESS only</translation>
    </message>
    <message>
        <source>Not ESS</source>
        <translation>Not ESS</translation>
    </message>
    <message>
        <source>Filter by social economy</source>
        <translation>Filter by social economy</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>&amp;New candidate</source>
        <translation>&amp;New candidate</translation>
    </message>
    <message>
        <source>&amp;Remove candidate</source>
        <translation>&amp;Remove candidate</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Remove candidate</translation>
    </message>
    <message>
        <source>Remove “%1” with its scores, conflicts of interest, decision and attachments? Edit ▸ Undo brings it back.</source>
        <translation>Remove “%1” with its scores, conflicts of interest, decision and attachments? Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <source>Candidate details</source>
        <translation>Candidate details</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Finds the candidates whose name, SIRET, project or contact holds what you type.</source>
        <translation>Finds the candidates whose name, SIRET, project or contact holds what you type.</translation>
    </message>
</context>
<context>
    <name>palmares::ConflictsModel</name>
    <message>
        <source>%1 is in conflict of interest with %2: %3</source>
        <translation>%1 is in conflict of interest with %2: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>%1 – %2: no conflict</source>
        <translation>%1 – %2: no conflict</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>palmares::CriteriaModel</name>
    <message>
        <source>Share of the final score carried by this pillar&apos;s weight</source>
        <translation>Share of the final score carried by this pillar&apos;s weight</translation>
    </message>
    <message>
        <source>Share of the final score carried by this criterion (its pillar&apos;s share × its weight within the pillar)</source>
        <translation>Share of the final score carried by this criterion (its pillar&apos;s share × its weight within the pillar)</translation>
    </message>
    <message>
        <source>A candidate whose combined score on this pillar is under this value (out of 100) is not selectable. Leave empty for none.</source>
        <translation>A candidate whose combined score on this pillar is under this value (out of 100) is not selectable. Leave empty for none.</translation>
    </message>
    <message>
        <source>under %1/100</source>
        <translation>under %1/100</translation>
    </message>
    <message>
        <source>Pillar / criterion</source>
        <translation>Pillar / criterion</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Share of final</source>
        <translation>Share of final</translation>
    </message>
    <message>
        <source>Eliminatory threshold</source>
        <translation>Eliminatory threshold</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
</context>
<context>
    <name>palmares::CriteriaPage</name>
    <message>
        <source>Pillars and criteria</source>
        <translation>Pillars and criteria</translation>
    </message>
    <message>
        <source>Add &amp;pillar</source>
        <translation>Add &amp;pillar</translation>
    </message>
    <message>
        <source>Add pillar</source>
        <translation>Add pillar</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>Add &amp;criterion</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove pillar or criterion</source>
        <translation>Remove pillar or criterion</translation>
    </message>
    <message>
        <source>Double-click or start typing to edit a name, code, weight or threshold. A weight counts relative to its siblings; the share column shows what it weighs in the final score.</source>
        <translation>Double-click or start typing to edit a name, code, weight or threshold. A weight counts relative to its siblings; the share column shows what it weighs in the final score.</translation>
    </message>
    <message>
        <source>Rubric levels</source>
        <translation>Rubric levels</translation>
    </message>
    <message>
        <source>Add &amp;level</source>
        <translation>Add &amp;level</translation>
    </message>
    <message>
        <source>Add rubric level</source>
        <translation>Add rubric level</translation>
    </message>
    <message>
        <source>Remo&amp;ve level</source>
        <translation>Remo&amp;ve level</translation>
    </message>
    <message>
        <source>Remove rubric level</source>
        <translation>Remove rubric level</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n score(s) given by the jurors. They will be removed with it (Undo brings them back).</source>
        <translation>
            <numerusform>“%1” has %n score given by the jurors. It will be removed with it (Undo brings it back).</numerusform>
            <numerusform>“%1” has %n scores given by the jurors. They will be removed with it (Undo brings them back).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a criterion to edit its rubric.</source>
        <translation>Select a criterion to edit its rubric.</translation>
    </message>
    <message>
        <source>Rubric of “%1”. Levels from low to high. Jurors see them on the scoring sheet and in the criterion&apos;s tooltip.</source>
        <translation>Rubric of “%1”. Levels from low to high. Jurors see them on the scoring sheet and in the criterion&apos;s tooltip.</translation>
    </message>
</context>
<context>
    <name>palmares::HelpWindow</name>
    <message>
        <source>guide_en.md</source>
        <comment>the user guide&apos;s file in this language</comment>
        <translation>guide_en.md</translation>
    </message>
    <message>
        <source>Palmarès guide</source>
        <translation>Palmarès guide</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Contents of the guide</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>palmares::ImportMappingPage</name>
    <message>
        <source>&amp;Skip rows already in the campaign (same SIRET, e-mail, name or score)</source>
        <translation>&amp;Skip rows already in the campaign (same SIRET, e-mail, name or score)</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values</source>
        <translation>&amp;Update them with the file&apos;s values</translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation>Which column is which?</translation>
    </message>
    <message>
        <source>Guessed from the headers; the choice is remembered for this campaign.</source>
        <translation>Guessed from the headers; the choice is remembered for this campaign.</translation>
    </message>
    <message>
        <source>Fields and their columns</source>
        <translation>Fields and their columns</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>First rows of the file:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Choose a column for: %1.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for both %2 and %3.</source>
        <translation>The column &quot;%1&quot; is chosen for both %2 and %3.</translation>
    </message>
</context>
<context>
    <name>palmares::ImportReportPage</name>
    <message>
        <source>Save the &amp;report as CSV…</source>
        <translation>Save the &amp;report as CSV…</translation>
    </message>
    <message>
        <source>Import &amp;nothing</source>
        <translation>Import &amp;nothing</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>What the check found</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rows with an error are never imported.</source>
        <translation>Nothing is written yet. Rows with an error are never imported.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>The check was cancelled: go back, or cancel the import.</source>
        <translation>The check was cancelled: go back, or cancel the import.</translation>
    </message>
    <message>
        <source>Rows read: %1. New: %2, updated: %3, skipped (already there): %4, rejected: %5.</source>
        <translation>Rows read: %1. New: %2, updated: %3, skipped (already there): %4, rejected: %5.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n valid row(s) only</source>
        <translation>
            <numerusform>Import the %n valid row only</numerusform>
            <numerusform>Import the %n valid rows only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n row(s)</source>
        <translation>
            <numerusform>Import the %n row</numerusform>
            <numerusform>Import the %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <source>import-report-%1.csv</source>
        <translation>import-report-%1.csv</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>palmares::ImportSourcePage</name>
    <message>
        <source>Which file, and what does it hold?</source>
        <translation>Which file, and what does it hold?</translation>
    </message>
    <message>
        <source>A CSV file (separator and encoding are detected), or an XLSX or ODS workbook.</source>
        <translation>A CSV file (separator and encoding are detected), or an XLSX or ODS workbook.</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>What the file holds</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Path of a .csv, .xlsx or .ods file</source>
        <translation>Path of a .csv, .xlsx or .ods file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Save an empty &amp;template…</source>
        <translation>Save an empty &amp;template…</translation>
    </message>
    <message>
        <source>A spreadsheet with the expected headers in French, to fill in and import.</source>
        <translation>A spreadsheet with the expected headers in French, to fill in and import.</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Holds:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Template saved: %1</translation>
    </message>
    <message>
        <source>template-%1.xlsx</source>
        <translation>template-%1.xlsx</translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation>Save an empty template</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Reading was cancelled.</translation>
    </message>
    <message>
        <source>%1 has headers but no row to import.</source>
        <translation>%1 has headers but no row to import.</translation>
    </message>
</context>
<context>
    <name>palmares::ImportWizard</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.ods *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 imported from %2: %n new</source>
        <translation>
            <numerusform>%1 imported from %2: %n new</numerusform>
            <numerusform>%1 imported from %2: %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n updated</numerusform>
            <numerusform>, %n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rejected</numerusform>
            <numerusform>, %n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>. Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>. Undo (Ctrl+Z) takes the whole import back.</translation>
    </message>
</context>
<context>
    <name>palmares::IssuedDialog</name>
    <message>
        <source>Reports issued</source>
        <translation>Reports issued</translation>
    </message>
    <message>
        <source>Each report, set of minutes or workbook written from this campaign carries the fingerprint of its result. The last column says whether the campaign still gives that result, or which tables changed since.</source>
        <translation>Each report, set of minutes or workbook written from this campaign carries the fingerprint of its result. The last column says whether the campaign still gives that result, or which tables changed since.</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>No report has been issued from this campaign yet.</source>
        <translation>No report has been issued from this campaign yet.</translation>
    </message>
    <message>
        <source>The campaign&apos;s fingerprint today: %1</source>
        <translation>The campaign&apos;s fingerprint today: %1</translation>
    </message>
    <message>
        <source>&amp;Copy the fingerprint</source>
        <translation>&amp;Copy the fingerprint</translation>
    </message>
</context>
<context>
    <name>palmares::JournalModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>palmares::JournalPage</name>
    <message>
        <source>Filter: a name, a word of the details…</source>
        <translation>Filter: a name, a word of the details…</translation>
    </message>
    <message>
        <source>Filter the journal</source>
        <translation>Filter the journal</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Kind of entry</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xport as CSV…</translation>
    </message>
    <message>
        <source>Saves the entries shown, oldest first, as a CSV file for a spreadsheet.</source>
        <translation>Saves the entries shown, oldest first, as a CSV file for a spreadsheet.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected rows, with the headers, for a spreadsheet.</source>
        <translation>Ctrl+C copies the selected rows, with the headers, for a spreadsheet.</translation>
    </message>
    <message>
        <source>Your name in the journal</source>
        <translation>Your name in the journal</translation>
    </message>
    <message>
        <source>The name the journal gives the changes you make on this computer; empty, the computer&apos;s user name.</source>
        <translation>The name the journal gives the changes you make on this computer; empty, the computer&apos;s user name.</translation>
    </message>
    <message>
        <source>Your &amp;name in the journal:</source>
        <translation>Your &amp;name in the journal:</translation>
    </message>
    <message>
        <source>Every kind of entry</source>
        <translation>Every kind of entry</translation>
    </message>
    <message>
        <source>Every author</source>
        <translation>Every author</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(ies)</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>journal-%1.csv</source>
        <translation>journal-%1.csv</translation>
    </message>
    <message>
        <source>journal.csv</source>
        <translation>journal.csv</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Export the journal</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>palmares::JuriesModel</name>
    <message>
        <source>A candidate needs this many jurors of this jury to have scored every criterion.</source>
        <translation>A candidate needs this many jurors of this jury to have scored every criterion.</translation>
    </message>
    <message>
        <source>Share of the final score carried by this jury&apos;s weight</source>
        <translation>Share of the final score carried by this jury&apos;s weight</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Share of final</source>
        <translation>Share of final</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>Scale from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurors</translation>
    </message>
    <message>
        <source>A quorum is a whole number of jurors, from %1 to %2.</source>
        <translation>A quorum is a whole number of jurors, from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>palmares::JuriesPage</name>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) given by “%1” will be removed with it (Undo brings them back).</source>
        <translation>
            <numerusform>%n score given by “%1” will be removed with it (Undo brings it back).</numerusform>
            <numerusform>%n scores given by “%1” will be removed with it (Undo brings them back).</numerusform>
        </translation>
    </message>
    <message>
        <source>Juries</source>
        <translation>Juries</translation>
    </message>
    <message>
        <source>Add &amp;jury</source>
        <translation>Add &amp;jury</translation>
    </message>
    <message>
        <source>Add jury</source>
        <translation>Add jury</translation>
    </message>
    <message>
        <source>Remove j&amp;ury</source>
        <translation>Remove j&amp;ury</translation>
    </message>
    <message>
        <source>Remove jury</source>
        <translation>Remove jury</translation>
    </message>
    <message>
        <source>Each jury scores on its own scale; the final score is the weighted mean of the totals of the juries that reached their quorum.</source>
        <translation>Each jury scores on its own scale; the final score is the weighted mean of the totals of the juries that reached their quorum.</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurors</translation>
    </message>
    <message>
        <source>Add j&amp;uror</source>
        <translation>Add j&amp;uror</translation>
    </message>
    <message>
        <source>Add juror</source>
        <translation>Add juror</translation>
    </message>
    <message>
        <source>Remove ju&amp;ror</source>
        <translation>Remove ju&amp;ror</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Remove juror</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>Jurors of the %1</source>
        <translation>Jurors of the %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) declared. Tick the cell of a juror and a candidate they have a link with (employer, family, partner…): that juror&apos;s scores for that candidate do not count. Type in a cell to give the reason.</source>
        <translation>
            <numerusform>%n conflict declared. Tick the cell of a juror and a candidate they have a link with (employer, family, partner…): that juror&apos;s scores for that candidate do not count. Type in a cell to give the reason.</numerusform>
            <numerusform>%n conflicts declared. Tick the cell of a juror and a candidate they have a link with (employer, family, partner…): that juror&apos;s scores for that candidate do not count. Type in a cell to give the reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;packages…</source>
        <translation>Export &amp;packages…</translation>
    </message>
    <message>
        <source>Export juror packages</source>
        <translation>Export juror packages</translation>
    </message>
    <message>
        <source>One encrypted package per juror, to score offline, and a passphrase letter to print</source>
        <translation>One encrypted package per juror, to score offline, and a passphrase letter to print</translation>
    </message>
    <message>
        <source>For &amp;every juror…</source>
        <translation>For &amp;every juror…</translation>
    </message>
    <message>
        <source>For the jurors of &amp;this jury…</source>
        <translation>For the jurors of &amp;this jury…</translation>
    </message>
    <message>
        <source>For the &amp;selected jurors…</source>
        <translation>For the &amp;selected jurors…</translation>
    </message>
    <message>
        <source>Writing the juror packages…</source>
        <translation>Writing the juror packages…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Select the jurors to export a package for, then try again.</source>
        <translation>Select the jurors to export a package for, then try again.</translation>
    </message>
    <message>
        <source>There is no juror to export a package for.</source>
        <translation>There is no juror to export a package for.</translation>
    </message>
    <message>
        <source>Folder for the juror packages</source>
        <translation>Folder for the juror packages</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written into %1, with their passphrase letters in %2. Print the letters and hand them over apart from the packages.</source>
        <translation>
            <numerusform>%n package written into %1, with their passphrase letters in %2. Print the letters and hand them over apart from the packages.</numerusform>
            <numerusform>%n packages written into %1, with their passphrase letters in %2. Print the letters and hand them over apart from the packages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Score s&amp;heets…</source>
        <translation>Score s&amp;heets…</translation>
    </message>
    <message>
        <source>Print score sheets</source>
        <translation>Print score sheets</translation>
    </message>
    <message>
        <source>Blank score sheets per juror (PDF), to score on paper</source>
        <translation>Blank score sheets per juror (PDF), to score on paper</translation>
    </message>
    <message>
        <source>Writing the score sheets…</source>
        <translation>Writing the score sheets…</translation>
    </message>
    <message>
        <source>Select the jurors to print score sheets for, then try again.</source>
        <translation>Select the jurors to print score sheets for, then try again.</translation>
    </message>
    <message>
        <source>There is no juror to print score sheets for.</source>
        <translation>There is no juror to print score sheets for.</translation>
    </message>
    <message>
        <source>Folder for the score sheets</source>
        <translation>Folder for the score sheets</translation>
    </message>
    <message numerus="yes">
        <source>Score sheets of %n juror(s) written into %1, one PDF each.</source>
        <translation>
            <numerusform>Score sheets of %n juror written into %1, one PDF each.</numerusform>
            <numerusform>Score sheets of %n jurors written into %1, one PDF each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palmares::JurorWindow</name>
    <message>
        <source>Open a scoring package</source>
        <translation>Open a scoring package</translation>
    </message>
    <message>
        <source>Passphrase of %1 (it is on your letter):</source>
        <translation>Passphrase of %1 (it is on your letter):</translation>
    </message>
    <message>
        <source>This passphrase does not open %1. Type it again as it is on your letter:</source>
        <translation>This passphrase does not open %1. Type it again as it is on your letter:</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Submit…</translation>
    </message>
    <message>
        <source>%1 — scoring of %2</source>
        <translation>%1 — scoring of %2</translation>
    </message>
    <message>
        <source>Freeze the package once every application is scored, then send the file back</source>
        <translation>Freeze the package once every application is scored, then send the file back</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Attachments (double-click or Enter to open)</source>
        <translation>Attachments (double-click or Enter to open)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Your scores, from %1 to %2</source>
        <translation>Your scores, from %1 to %2</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A criterion not scored yet, in its value box.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Score for %1</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Comment on %1</translation>
    </message>
    <message>
        <source>Show the &amp;folder of the file</source>
        <translation>Show the &amp;folder of the file</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Social and solidarity economy</source>
        <translation>Social and solidarity economy</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Activity (NAF)</source>
        <translation>Activity (NAF)</translation>
    </message>
    <message>
        <source>Surface requested</source>
        <translation>Surface requested</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Wanted use</source>
        <translation>Wanted use</translation>
    </message>
    <message>
        <source>Jobs (FTE)</source>
        <translation>Jobs (FTE)</translation>
    </message>
    <message>
        <source>Wanted start</source>
        <translation>Wanted start</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>%1  %2. %3</source>
        <translation>%1  %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) scored</source>
        <translation>
            <numerusform>%1 of %n application scored</numerusform>
            <numerusform>%1 of %n applications scored</numerusform>
        </translation>
    </message>
    <message>
        <source>No private folder can be made to open %1.</source>
        <translation>No private folder can be made to open %1.</translation>
    </message>
    <message>
        <source>Once submitted, the package no longer changes. Submit it?</source>
        <translation>Once submitted, the package no longer changes. Submit it?</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) are not fully scored.</source>
        <translation>
            <numerusform>%n application are not fully scored.</numerusform>
            <numerusform>%n applications are not fully scored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the package</source>
        <translation>Submit the package</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Submitted — thank you.&lt;/h2&gt;&lt;p&gt;Send this file back to the organizer, by e-mail or on a USB key:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It no longer changes; you may close Palmarès.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Submitted — thank you.&lt;/h2&gt;&lt;p&gt;Send this file back to the organizer, by e-mail or on a USB key:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It no longer changes; you may close Palmarès.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>palmares::JurorsModel</name>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Scored</source>
        <extracomment>Candidates a juror scored on every criterion, of those assigned to them.</extracomment>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
</context>
<context>
    <name>palmares::MainWindow</name>
    <message>
        <source>Palmarès</source>
        <translation>Palmarès</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>New &amp;demo campaign…</source>
        <translation>New &amp;demo campaign…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Cannot open the campaign</source>
        <translation>Cannot open the campaign</translation>
    </message>
    <message>
        <source>Open a campaign</source>
        <translation>Open a campaign</translation>
    </message>
    <message>
        <source>New demo campaign</source>
        <translation>New demo campaign</translation>
    </message>
    <message>
        <source>demo.ami</source>
        <translation>demo.ami</translation>
    </message>
    <message>
        <source>Palmarès campaigns (*.ami)</source>
        <translation>Palmarès campaigns (*.ami)</translation>
    </message>
    <message>
        <source>Cannot create the demo campaign</source>
        <translation>Cannot create the demo campaign</translation>
    </message>
    <message>
        <source>Campaign &amp; site</source>
        <translation>Campaign &amp; site</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Ranking &amp; selection</source>
        <translation>Ranking &amp; selection</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>New from &amp;template…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>Save the set-up as a te&amp;mplate…</source>
        <translation>Save the set-up as a te&amp;mplate…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Palmarès</source>
        <translation>&amp;About Palmarès</translation>
    </message>
    <message>
        <source>Saved. Ranking recomputed in %1 ms.</source>
        <translation>Saved. Ranking recomputed in %1 ms.</translation>
    </message>
    <message>
        <source>The change cannot be saved</source>
        <translation>The change cannot be saved</translation>
    </message>
    <message>
        <source>Opened read-only: changes are not possible in this window.</source>
        <translation>Opened read-only: changes are not possible in this window.</translation>
    </message>
    <message>
        <source>Campaign in use</source>
        <translation>Campaign in use</translation>
    </message>
    <message>
        <source>%1

Only one window can change a campaign at a time. Open it read-only?</source>
        <translation>%1

Only one window can change a campaign at a time. Open it read-only?</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>campaign.ami</source>
        <translation>campaign.ami</translation>
    </message>
    <message>
        <source>Cannot create the campaign</source>
        <translation>Cannot create the campaign</translation>
    </message>
    <message>
        <source>Campaign template</source>
        <translation>Campaign template</translation>
    </message>
    <message>
        <source>Campaign templates (*.json)</source>
        <translation>Campaign templates (*.json)</translation>
    </message>
    <message>
        <source>Cannot read the template</source>
        <translation>Cannot read the template</translation>
    </message>
    <message>
        <source>New campaign from a template</source>
        <translation>New campaign from a template</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>-copy.ami</source>
        <translation>-copy.ami</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Cannot save the copy</translation>
    </message>
    <message>
        <source>Copy saved as %1; you are still working on %2.</source>
        <translation>Copy saved as %1; you are still working on %2.</translation>
    </message>
    <message>
        <source>Save the set-up as a template</source>
        <translation>Save the set-up as a template</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Cannot save the template</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Palmarès starts.
La nouvelle langue s’applique au prochain démarrage de Palmarès.</source>
        <translation>The new language takes effect the next time Palmarès starts.
La nouvelle langue s’applique au prochain démarrage de Palmarès.</translation>
    </message>
    <message>
        <source>About Palmarès</source>
        <translation>About Palmarès</translation>
    </message>
    <message>
        <source>&lt;b&gt;Palmarès %1&lt;/b&gt;&lt;p&gt;Scores, ranks and selects the candidates of a call for expressions of interest, against a site-fill target.&lt;/p&gt;&lt;p&gt;Licence: GPL 3.0 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Palmarès %1&lt;/b&gt;&lt;p&gt;Scores, ranks and selects the candidates of a call for expressions of interest, against a site-fill target.&lt;/p&gt;&lt;p&gt;Licence: GPL 3.0 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Juries</source>
        <translation>Juries</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Deliberation mode. Esc or F11 to leave.</source>
        <translation>Deliberation mode. Esc or F11 to leave.</translation>
    </message>
    <message>
        <source>&amp;Deliberation mode</source>
        <translation>&amp;Deliberation mode</translation>
    </message>
    <message>
        <source>The ranking in full screen with large text, for a projector</source>
        <translation>The ranking in full screen with large text, for a projector</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Import a spreadsheet…</translation>
    </message>
    <message>
        <source>Open or create a campaign first, then import the spreadsheet into it.</source>
        <translation>Open or create a campaign first, then import the spreadsheet into it.</translation>
    </message>
    <message>
        <source>Campaign read-only</source>
        <translation>Campaign read-only</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation>%1

Open it read-only?</translation>
    </message>
    <message>
        <source>%1 (%2, read-only) — Palmarès</source>
        <translation>%1 (%2, read-only) — Palmarès</translation>
    </message>
    <message>
        <source>%1 (%2) — Palmarès</source>
        <translation>%1 (%2) — Palmarès</translation>
    </message>
    <message>
        <source>Import candidates, jurors, conflicts, buildings or scores from a spreadsheet (Ctrl+I)</source>
        <translation>Import candidates, jurors, conflicts, buildings or scores from a spreadsheet (Ctrl+I)</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>Main actions</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Deliberation</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%n juror</numerusform>
            <numerusform>%n jurors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&#xa0;% complete</source>
        <translation>%1&#xa0;% complete</translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s)</source>
        <translation>
            <numerusform>%n laureate</numerusform>
            <numerusform>%n laureates</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Show the &amp;codes</source>
        <translation>Show the &amp;codes</translation>
    </message>
    <message>
        <source>The short technical names of pillars, criteria and juries (economic, expert…), which templates, imports and the command line use</source>
        <translation>The short technical names of pillars, criteria and juries (economic, expert…), which templates, imports and the command line use</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Take in the packages jurors scored offline and sent back</source>
        <translation>Take in the packages jurors scored offline and sent back</translation>
    </message>
    <message>
        <source>Import juror returns</source>
        <translation>Import juror returns</translation>
    </message>
    <message>
        <source>Juror packages (*.%1)</source>
        <translation>Juror packages (*.%1)</translation>
    </message>
    <message>
        <source>Import &amp;juror returns…</source>
        <translation>Import &amp;juror returns…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Results spreadsheet…</source>
        <translation>&amp;Results spreadsheet…</translation>
    </message>
    <message>
        <source>The ranking and every score, with the jurors&apos; names and comments, as XLSX or CSV</source>
        <translation>The ranking and every score, with the jurors&apos; names and comments, as XLSX or CSV</translation>
    </message>
    <message>
        <source>&amp;Public results spreadsheet…</source>
        <translation>&amp;Public results spreadsheet…</translation>
    </message>
    <message>
        <source>The ranking and every score without the jurors&apos; names or comments, to publish</source>
        <translation>The ranking and every score without the jurors&apos; names or comments, to publish</translation>
    </message>
    <message>
        <source>Writing the spreadsheet…</source>
        <translation>Writing the spreadsheet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Export the results</translation>
    </message>
    <message>
        <source>Export the public results</source>
        <translation>Export the public results</translation>
    </message>
    <message>
        <source>-public-results</source>
        <extracomment>Added to the campaign&apos;s name for the file of its results: « Courcy-resultats.xlsx ».</extracomment>
        <translation>-public-results</translation>
    </message>
    <message>
        <source>-results</source>
        <translation>-results</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV: the ranking, and the scores beside it (*.csv)</source>
        <translation>CSV: the ranking, and the scores beside it (*.csv)</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation>Written:
%1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Laureate &amp;report…</source>
        <translation>Laureate &amp;report…</translation>
    </message>
    <message>
        <source>The ranked laureate report to sign, with the jurors&apos; names and comments, as PDF or ODT</source>
        <translation>The ranked laureate report to sign, with the jurors&apos; names and comments, as PDF or ODT</translation>
    </message>
    <message>
        <source>P&amp;ublic laureate report…</source>
        <translation>P&amp;ublic laureate report…</translation>
    </message>
    <message>
        <source>The ranked laureate report without the jurors&apos; names, comments or the personal data of the candidates not selected, to publish</source>
        <translation>The ranked laureate report without the jurors&apos; names, comments or the personal data of the candidates not selected, to publish</translation>
    </message>
    <message>
        <source>&amp;Minutes of the deliberation…</source>
        <translation>&amp;Minutes of the deliberation…</translation>
    </message>
    <message>
        <source>The minutes (procès-verbal): the session, the jurors present, the decisions and overrides, a signature block, as PDF or ODT</source>
        <translation>The minutes (procès-verbal): the session, the jurors present, the decisions and overrides, a signature block, as PDF or ODT</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>Writing the minutes…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Export the minutes</translation>
    </message>
    <message>
        <source>Export the public report</source>
        <translation>Export the public report</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>-minutes</source>
        <extracomment>Added to the campaign&apos;s name for the file of its report: « Courcy-rapport.pdf ».</extracomment>
        <translation>-minutes</translation>
    </message>
    <message>
        <source>-public-report</source>
        <translation>-public-report</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-report</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, to edit (*.odt)</source>
        <translation>OpenDocument text, to edit (*.odt)</translation>
    </message>
    <message>
        <source>Reports &amp;issued…</source>
        <translation>Reports &amp;issued…</translation>
    </message>
    <message>
        <source>The reports, minutes and workbooks written from this campaign, with their fingerprint, and whether the campaign still gives their result</source>
        <translation>The reports, minutes and workbooks written from this campaign, with their fingerprint, and whether the campaign still gives their result</translation>
    </message>
    <message>
        <source>Written, but the campaign does not record it (%1): verify will not say which table changed since.</source>
        <translation>Written, but the campaign does not record it (%1): verify will not say which table changed since.</translation>
    </message>
</context>
<context>
    <name>palmares::RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Site fill</source>
        <translation>Site fill</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>%1 cannot be selected: %2</source>
        <translation>%1 cannot be selected: %2</translation>
    </message>
</context>
<context>
    <name>palmares::RankingPage</name>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Site fill</source>
        <translation>Site fill</translation>
    </message>
    <message>
        <source>Greedy and best value</source>
        <translation>Greedy and best value</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Follow the ranking</source>
        <translation>Follow the ranking</translation>
    </message>
    <message>
        <source>Forced in</source>
        <translation>Forced in</translation>
    </message>
    <message>
        <source>Forced out</source>
        <translation>Forced out</translation>
    </message>
    <message>
        <source>Why the jury decided so (required when forced in or out)</source>
        <translation>Why the jury decided so (required when forced in or out)</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Record decision</translation>
    </message>
    <message>
        <source>Override of the ranking</source>
        <translation>Override of the ranking</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>&amp;Override:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <source>Site fill: %1&#x202f;% (target %2&#x202f;%)</source>
        <translation>Site fill: %1&#x202f;% (target %2&#x202f;%)</translation>
    </message>
    <message>
        <source>Greedy by rank</source>
        <translation>Greedy by rank</translation>
    </message>
    <message>
        <source>Best value</source>
        <translation>Best value</translation>
    </message>
    <message>
        <source>Both rules choose the same laureates.</source>
        <translation>Both rules choose the same laureates.</translation>
    </message>
    <message>
        <source>Best value could not be proven optimal on this campaign.</source>
        <translation>Best value could not be proven optimal on this campaign.</translation>
    </message>
    <message>
        <source>Empty.</source>
        <translation>Empty.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Outcome of the ranking: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Outcome of the ranking: %2</translation>
    </message>
    <message>
        <source>Ranking views</source>
        <translation>Ranking views</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>&amp;Bars by pillar</source>
        <translation>&amp;Bars by pillar</translation>
    </message>
    <message>
        <source>Final scores stacked by pillar</source>
        <translation>Final scores stacked by pillar</translation>
    </message>
    <message>
        <source>Number of candidates in the chart</source>
        <translation>Number of candidates in the chart</translation>
    </message>
    <message>
        <source>&amp;Show the first</source>
        <translation>&amp;Show the first</translation>
    </message>
    <message>
        <source>candidates of the ranking</source>
        <translation>candidates of the ranking</translation>
    </message>
    <message>
        <source>Final score out of 100: the points each pillar brings</source>
        <translation>Final score out of 100: the points each pillar brings</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Decision and selection</source>
        <translation>Decision and selection</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected rows, with the headers, for a spreadsheet.</source>
        <translation>Ctrl+C copies the selected rows, with the headers, for a spreadsheet.</translation>
    </message>
    <message>
        <source>Green row: a laureate of the selection by rank.</source>
        <translation>Green row: a laureate of the selection by rank.</translation>
    </message>
    <message>
        <source>Marked name: the candidate cannot be selected (withdrawn, ineligible or incomplete); hover over the name to read why.</source>
        <translation>Marked name: the candidate cannot be selected (withdrawn, ineligible or incomplete); hover over the name to read why.</translation>
    </message>
    <message>
        <source>%1 out of %2, %3&#xa0;m² of %4&#xa0;m² rentable (capacity %5&#xa0;m²); waiting list: %6.</source>
        <translation>%1 out of %2, %3&#xa0;m² of %4&#xa0;m² rentable (capacity %5&#xa0;m²); waiting list: %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s)</source>
        <translation>
            <numerusform>%n laureate</numerusform>
            <numerusform>%n laureates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&#xa0;m², fill %4&#xa0;%, total score %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&#xa0;m², fill %4&#xa0;%, total score %5</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Only here:&lt;/i&gt;&lt;br&gt;</source>
        <translation>&lt;i&gt;Only here:&lt;/i&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Best value adds %1 points and %2&#xa0;m².</source>
        <translation>Best value adds %1 points and %2&#xa0;m².</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>Decision not recorded</translation>
    </message>
    <message>
        <source>The decision on “%1” has not been recorded. Record it before going to another candidate?</source>
        <translation>The decision on “%1” has not been recorded. Record it before going to another candidate?</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Drop the change</source>
        <translation>&amp;Drop the change</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>Fill reached (★ laureate)</source>
        <translation>Fill reached (★ laureate)</translation>
    </message>
    <message>
        <source>Deliberation &amp;session…</source>
        <translation>Deliberation &amp;session…</translation>
    </message>
    <message>
        <source>Record the deliberation session</source>
        <translation>Record the deliberation session</translation>
    </message>
    <message>
        <source>When and where the jury met, who chaired, who was present</source>
        <translation>When and where the jury met, who chaired, who was present</translation>
    </message>
</context>
<context>
    <name>palmares::ReturnsDialog</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>What it brings</source>
        <translation>What it brings</translation>
    </message>
    <message>
        <source>Returned files</source>
        <translation>Returned files</translation>
    </message>
    <message>
        <source>Take the juror&apos;s value</source>
        <translation>Take the juror&apos;s value</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Import juror returns</source>
        <translation>Import juror returns</translation>
    </message>
    <message>
        <source>Checking the returned files…</source>
        <translation>Checking the returned files…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Each file is checked before anything is written. A return brings the scores the juror changed; a score changed in the campaign too since the export is a conflict: tick it to take the juror&apos;s value, or leave it to keep the campaign&apos;s.</source>
        <translation>Each file is checked before anything is written. A return brings the scores the juror changed; a score changed in the campaign too since the export is a conflict: tick it to take the juror&apos;s value, or leave it to keep the campaign&apos;s.</translation>
    </message>
    <message>
        <source>&amp;Conflicts to settle</source>
        <translation>&amp;Conflicts to settle</translation>
    </message>
    <message>
        <source>Why scores change in deliberation (kept in the journal)</source>
        <translation>Why scores change in deliberation (kept in the journal)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Imported already: nothing changes.</source>
        <translation>Imported already: nothing changes.</translation>
    </message>
    <message numerus="yes">
        <source>%n juror return(s) imported</source>
        <translation>
            <numerusform>%n juror return imported</numerusform>
            <numerusform>%n juror returns imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled for the juror&apos;s value</source>
        <translation>
            <numerusform>%n conflict settled for the juror&apos;s value</numerusform>
            <numerusform>%n conflicts settled for the juror&apos;s value</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palmares::RubricModel</name>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
</context>
<context>
    <name>palmares::ScoreGridModel</name>
    <message>
        <source>Choose a juror first.</source>
        <translation>Choose a juror first.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Conflict of interest: this juror does not score this candidate.</source>
        <translation>Conflict of interest: this juror does not score this candidate.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>palmares::ScoringPage</name>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Typed from a paper sheet</source>
        <translation>Typed from a paper sheet</translation>
    </message>
    <message>
        <source>Scores typed from a paper sheet</source>
        <translation>Scores typed from a paper sheet</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Score sheet</translation>
    </message>
    <message>
        <source>Comment on the selected score</source>
        <translation>Comment on the selected score</translation>
    </message>
    <message>
        <source>&amp;Juror:</source>
        <translation>&amp;Juror:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>C&amp;omment:</translation>
    </message>
    <message>
        <source>Scale of the %1: from %2 to %3 in steps of %4. Type a value and press Enter; an empty value removes the score.</source>
        <translation>Scale of the %1: from %2 to %3 in steps of %4. Type a value and press Enter; an empty value removes the score.</translation>
    </message>
    <message>
        <source>No juror yet: add jurors on the Juries page.</source>
        <translation>No juror yet: add jurors on the Juries page.</translation>
    </message>
    <message>
        <source>%1 of %2 scores (%3&#x202f;%)</source>
        <translation>%1 of %2 scores (%3&#x202f;%)</translation>
    </message>
    <message>
        <source>Why these scores are corrected (kept in the journal)</source>
        <translation>Why these scores are corrected (kept in the journal)</translation>
    </message>
    <message>
        <source>Reason for correcting scores in deliberation</source>
        <translation>Reason for correcting scores in deliberation</translation>
    </message>
    <message>
        <source>In deliberation, a score is only corrected with a reason. &amp;Reason:</source>
        <translation>In deliberation, a score is only corrected with a reason. &amp;Reason:</translation>
    </message>
</context>
<context>
    <name>palmares::SessionDialog</name>
    <message>
        <source>Deliberation session</source>
        <translation>Deliberation session</translation>
    </message>
    <message>
        <source>Date and time of the session</source>
        <translation>Date and time of the session</translation>
    </message>
    <message>
        <source>Where the jury met</source>
        <translation>Where the jury met</translation>
    </message>
    <message>
        <source>Place of the session</source>
        <translation>Place of the session</translation>
    </message>
    <message>
        <source>The person chairing the session</source>
        <translation>The person chairing the session</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <source>What the minutes should say besides the decisions (optional)</source>
        <translation>What the minutes should say besides the decisions (optional)</translation>
    </message>
    <message>
        <source>Notes of the session</source>
        <translation>Notes of the session</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Held on:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Chaired by:</source>
        <translation>&amp;Chaired by:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Jurors present</source>
        <translation>Jurors present</translation>
    </message>
    <message>
        <source>Jurors of the %1 present</source>
        <translation>Jurors of the %1 present</translation>
    </message>
    <message>
        <source>Space ticks or unticks the juror selected.</source>
        <translation>Space ticks or unticks the juror selected.</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>All present</translation>
    </message>
    <message>
        <source>All the jurors of the %1 present</source>
        <translation>All the jurors of the %1 present</translation>
    </message>
    <message>
        <source>This campaign has no jury yet.</source>
        <translation>This campaign has no jury yet.</translation>
    </message>
</context>
<context>
    <name>palmares::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Enter, Tab</source>
        <translation>Enter, Tab</translation>
    </message>
    <message>
        <source>Scoring: save the score and go to the next cell</source>
        <translation>Scoring: save the score and go to the next cell</translation>
    </message>
    <message>
        <source>Scoring: save the score and go back a cell</source>
        <translation>Scoring: save the score and go back a cell</translation>
    </message>
    <message>
        <source>In a cell being typed: give it back its value; in deliberation mode: leave it</source>
        <translation>In a cell being typed: give it back its value; in deliberation mode: leave it</translation>
    </message>
    <message>
        <source>Change the selected cell</source>
        <translation>Change the selected cell</translation>
    </message>
    <message>
        <source>Ranking, Journal: copy the selected rows with the headers</source>
        <translation>Ranking, Journal: copy the selected rows with the headers</translation>
    </message>
    <message>
        <source>Criteria, tie-break order: move the selected row up or down</source>
        <translation>Criteria, tie-break order: move the selected row up or down</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <source>Go to the field or the button it names</source>
        <translation>Go to the field or the button it names</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
</context>
<context>
    <name>palmares::StartPage</name>
    <message>
        <source>&lt;h1&gt;Palmarès&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Palmarès&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Score, rank and select the candidates of a call for expressions of interest: set up the campaign and its site, register the applications, enter the juries&apos; scores, then deliberate on the ranking.</source>
        <translation>Score, rank and select the candidates of a call for expressions of interest: set up the campaign and its site, register the applications, enter the juries&apos; scores, then deliberate on the ranking.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <source>An empty campaign with the five pillars and two juries, to set up.</source>
        <translation>An empty campaign with the five pillars and two juries, to set up.</translation>
    </message>
    <message>
        <source>New from a &amp;template…</source>
        <translation>New from a &amp;template…</translation>
    </message>
    <message>
        <source>A campaign set up as another one was (criteria, juries, rules), without its candidates or scores.</source>
        <translation>A campaign set up as another one was (criteria, juries, rules), without its candidates or scores.</translation>
    </message>
    <message>
        <source>New &amp;demo campaign…</source>
        <translation>New &amp;demo campaign…</translation>
    </message>
    <message>
        <source>A realistic campaign with 60 applicants, scored by two juries, to try everything out.</source>
        <translation>A realistic campaign with 60 applicants, scored by two juries, to try everything out.</translation>
    </message>
    <message>
        <source>&amp;Open a campaign…</source>
        <translation>&amp;Open a campaign…</translation>
    </message>
    <message>
        <source>A campaign file (.ami) on this computer or a shared folder.</source>
        <translation>A campaign file (.ami) on this computer or a shared folder.</translation>
    </message>
    <message>
        <source>Or drop a campaign file (.ami) on this window.</source>
        <translation>Or drop a campaign file (.ami) on this window.</translation>
    </message>
    <message>
        <source>Recent campaigns</source>
        <translation>Recent campaigns</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Enter or a double click opens the campaign.</source>
        <translation>Enter or a double click opens the campaign.</translation>
    </message>
    <message>
        <source>No campaign opened yet on this computer.</source>
        <translation>No campaign opened yet on this computer.</translation>
    </message>
    <message>
        <source>&amp;Reopen the last campaign when Palmarès starts</source>
        <translation>&amp;Reopen the last campaign when Palmarès starts</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>File not found</translation>
    </message>
</context>
<context>
    <name>palmares::TableView</name>
    <message>
        <source>&amp;Copy the selected rows</source>
        <translation>&amp;Copy the selected rows</translation>
    </message>
</context>
</TS>
