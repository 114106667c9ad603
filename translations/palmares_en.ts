<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>%1: the folder does not exist.</source>
        <translation>%1: the folder does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 cannot be replaced.</translation>
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
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), %1 score(s)</source>
        <translation>
            <numerusform>%n candidate, %1 score(s)</numerusform>
            <numerusform>%n candidates, %1 score(s)</numerusform>
        </translation>
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
        <source>the maximum must be above the minimum</source>
        <translation>the maximum must be above the minimum</translation>
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
        <source>Usage: %1 COMMAND [options] ARGUMENTS
Scores, ranks and selects the candidates of a call for expressions of interest (AMI).

Commands:
  new FILE [--template T.json]   create an empty campaign (or one set up from a template)
  export-template FILE OUT.json  save the campaign&apos;s set-up, without candidates or scores
  demo FILE [--seed N]           create a realistic demo campaign
  info FILE                      counts, capacity and completeness
  rank FILE                      the ranking, with every score and flag
  select FILE [--rule R]         laureates, skipped candidates, waiting list and fill

&quot;%1 COMMAND --help&quot; describes a command&apos;s options.
</source>
        <translation>Usage: %1 COMMAND [options] ARGUMENTS
Scores, ranks and selects the candidates of a call for expressions of interest (AMI).

Commands:
  new FILE [--template T.json]   create an empty campaign (or one set up from a template)
  export-template FILE OUT.json  save the campaign&apos;s set-up, without candidates or scores
  demo FILE [--seed N]           create a realistic demo campaign
  info FILE                      counts, capacity and completeness
  rank FILE                      the ranking, with every score and flag
  select FILE [--rule R]         laureates, skipped candidates, waiting list and fill

&quot;%1 COMMAND --help&quot; describes a command&apos;s options.
</translation>
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
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Saves the campaign&apos;s set-up (site, buildings, fill target, pillars, criteria, weights, rubric, thresholds, juries and rules), without candidates, jurors or scores.</source>
        <translation>Saves the campaign&apos;s set-up (site, buildings, fill target, pillars, criteria, weights, rubric, thresholds, juries and rules), without candidates, jurors or scores.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
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
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
</context>
<context>
    <name>ResultFormat</name>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>disagreement (%1)</source>
        <translation>disagreement (%1)</translation>
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
        <source>tie broken by %1</source>
        <translation>tie broken by %1</translation>
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
    <message>
        <source>Does not fit: %1 m² requested, %2 m² left</source>
        <translation>Does not fit: %1 m² requested, %2 m² left</translation>
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
</context>
<context>
    <name>Scoring</name>
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
</context>
<context>
    <name>Selector</name>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Campaign file to open.</source>
        <translation>Campaign file to open.</translation>
    </message>
    <message>
        <source>Cannot open the campaign</source>
        <translation>Cannot open the campaign</translation>
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
        <source>Open a campaign file (*.ami) or create the demo campaign.</source>
        <translation>Open a campaign file (*.ami) or create the demo campaign.</translation>
    </message>
    <message>
        <source>%1 — Palmarès</source>
        <translation>%1 — Palmarès</translation>
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
        <source>Palmarès campaigns (*.ami);;All files (*)</source>
        <translation>Palmarès campaigns (*.ami);;All files (*)</translation>
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
</context>
<context>
    <name>palmares::RankingModel</name>
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
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Disagreement: %1</translation>
    </message>
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
        <source>Site fill: %1 % (target %2 %)</source>
        <translation>Site fill: %1 % (target %2 %)</translation>
    </message>
    <message>
        <source>%1 laureates out of %2 candidates, %3 m² of %4 m² rentable (capacity %5 m²); waiting list: %6.</source>
        <translation>%1 laureates out of %2 candidates, %3 m² of %4 m² rentable (capacity %5 m²); waiting list: %6.</translation>
    </message>
</context>
</TS>
