<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AppOptions</name>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: enumera [VERB] [ARGUMENTS]

Without a verb, opens the desktop application.

Verbs:
  validate FORM...                      check form definitions
  test FORM SCENARIO...                 run routing scenarios against a form
  replay --form FORM --script FILE [--db DB [--interview ID] [--household TEXT]]
                                        apply a script and print the interview state;
                                        with --db, commit and acknowledge every step
  interviews --db DB [--json]           list the interviews of a database
  export --db DB --out FILE [--status LIST] [--since ISO-TIME] [--paradata]
                                        write interviews with their codebook as JSON
  help                                  show this text

Exit status: 0 success, 1 the input is wrong, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: give at least one form file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 questions, %3 errors, %4 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: give a form file and at least one scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: usage: enumera replay --form FORM --script FILE [--db DB [--interview ID] [--household TEXT]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviews: usage: enumera interviews --db DB [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (discarded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: usage: enumera export --db DB --out FILE [--status LIST] [--since ISO-TIME] [--paradata]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>the export could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview %1 in %2 cannot be exported: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored answer is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or time (ISO 8601, such as 2026-03-01 or 2026-03-01T08:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; the statuses are in_progress, completed, rejected and approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a multiple-choice answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list such as [1, 2] can only follow &apos;in&apos; (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a roster, not a value (in %2); use rows(%1), count(%1, ...), any(%1, ...), all(%1, ...) or sum(%1, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 and has no value (in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a note and has no value (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in roster &apos;%2&apos; and cannot be used in %3, which is outside it; use an aggregate such as any(%2, ...), count(%2, ...) or sum(%2, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: &apos;not&apos; needs a condition, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: &apos;-&apos; needs a number, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option or special code %2 (in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: &apos;%2&apos; joins conditions, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: &apos;%2&apos; needs numbers, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: &apos;%2&apos; is a multiple-choice answer and cannot be compared with &apos;%3&apos;; use selected(%2, code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: &apos;%2&apos; compares %3 with %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: &apos;%2&apos; orders numbers or dates, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: &apos;in&apos; needs a number or a text on its left, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list after &apos;in&apos; is empty (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: the list after &apos;in&apos; must hold %2 written as such</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list after &apos;in&apos; has more than 254 values (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() takes one argument, a roster (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() takes two arguments, a roster and an expression (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first argument of %1() must be a roster (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster &apos;%1&apos; is inside roster &apos;%2&apos; and cannot be used in %3, which is outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: the second argument of %2() must be %3, found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n argument(s), found %2 (in %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>row() is only meaningful inside a roster (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first argument of selected() must be a choice question (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the argument of count_selected() must be a multiple-choice question (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second argument of selected() must be an option code written as a number (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: the first argument of if() must be a condition, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: the two values of if() are %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: the two arguments of %2() are %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch in %1: %2() needs numbers or dates, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date() takes a date written as &apos;YYYY-MM-DD&apos; (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text that starts here has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &apos;%1&apos; instead of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &apos;==&apos; to compare; a single &apos;=&apos; is not an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &apos;not&apos; instead of &apos;!&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list such as [1, 2] after &apos;in&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparisons cannot be chained; join them with &apos;and&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the arguments of %1(), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormLoader</name>
    <message>
        <source>section &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;notes&apos; of %1 must be a text or a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text of %1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a text in language &apos;%2&apos;, which the form does not declare in &apos;languages&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text of %1 must be a string or an object of texts by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name: use letters, digits and &apos;_&apos;, starting with a letter, at most 64 characters, and not a word of the expression language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is used twice: here and at %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;relevant&apos; of %1 must be an expression written as a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the included file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is written twice in the same object; only one is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language must be a code such as &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form must list its languages, e.g. &quot;languages&quot;: [&quot;en&quot;, &quot;es&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default language &apos;%1&apos; is not one of the form&apos;s languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form id &apos;%1&apos; must be a name: letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form has no &apos;title&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;constants&apos; must be an object of names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the constant &apos;%1&apos; must be a number, a text or true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;option_sets&apos; must be an object of option sets by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option set &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;code_digits&apos; must be a whole number from 0 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;special_codes&apos; must be an object of special codes by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special code &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the options of %1 must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option code of %1 must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option code %1 is used twice in %2: here and at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code of %1 must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sections&apos; must be a list of sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of &apos;sections&apos; must be a section, with a &quot;section&quot; name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;items&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item must be a question (with &quot;name&quot; and &quot;type&quot;), a section, a roster, a grid or an include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of a section must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of a roster must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rosters are nested more than 8 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has both &apos;size&apos; and &apos;fixed_rows&apos;; give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;fixed_rows&apos; of %1 must be a non-empty list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;max_rows&apos; of %1 must be a whole number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of a grid must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;code_digits&apos; of %1 belongs in its option set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;questions&apos; of %1 must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of a question must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos; for %2; the types are single, multiple, integer, decimal, text, date, note and calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot have &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only single and multiple choice questions have options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only choice questions have specify texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only choice questions have option codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only integer and decimal questions have a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only integer, decimal and single choice questions have special codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 question asks nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only calculated questions have a calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;options&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 of %2 is exclusive, but a single choice question has only one answer anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of the range of %2 must be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range of %1 has its minimum above its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;skip&apos; of %1 must be a list of {&quot;if&quot;: ..., &quot;to&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a skip of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;specify&apos; of %1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a specify text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an option code and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;validations&apos; of %1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than 64 validations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a validation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;severity&apos; must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;include&apos; must be the path of a module file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; includes itself (through %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modules are included more than 15 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module does not list the form&apos;s language &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;relevant&apos; of an include must be an expression written as a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option set &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; in &apos;%2&apos; of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size of %1 must be an integer question; &apos;%2&apos; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size of %1 comes from &apos;%2&apos;, which is not in the roster&apos;s row or around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes its size from &apos;%2&apos;, which has no maximum; give &apos;%2&apos; a range or the roster &apos;max_rows&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row label of %1 must be a question in the roster&apos;s rows; &apos;%2&apos; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;special_codes&apos; of %1 must be a list of special code names or {&quot;code&quot;: ..., &quot;label&quot;: ...} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown special code &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special code of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special code %1 is given twice to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special code %1 of %2 is also one of its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special code %1 of %2 is inside its range %3 to %4, so an answer of %1 could not be told from the special code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calculation of &apos;%1&apos; depends on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calculation of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relevance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the substitution that starts here in %1 has no closing &apos;}&apos; (write &apos;{{&apos; for a brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skip of &apos;%1&apos; goes to &apos;%2&apos;, inside roster &apos;%3&apos;, which &apos;%1&apos; is not in; a skip cannot enter a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skip of &apos;%1&apos; leaves roster &apos;%2&apos; for &apos;%3&apos;, but &apos;%4&apos; comes between the end of the roster and &apos;%3&apos;; skip to the item right after the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skip of &apos;%1&apos; goes to &apos;%2&apos;, which is not in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skip of &apos;%1&apos; goes back to &apos;%2&apos;, which comes before it; a skip can only go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skip of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skip of &apos;%1&apos; to &apos;%2&apos; passes over nothing: &apos;%2&apos; comes next anyway; did the skip mean the item after it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing translation: the %1 of %2 has no &apos;%3&apos; text; the &apos;%4&apos; text is shown instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing translation: option %1 of &apos;%2&apos; has no &apos;%3&apos; label; the &apos;%4&apos; text is shown instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a validation of %1 does not depend on any answer, so it fires always or never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every answer inside the range of &apos;%1&apos; passes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a validation of %1 can never fire: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is a module; validate the form that includes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form has no sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not among the stored files of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no form definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these items depend on each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewSession</name>
    <message>
        <source>interview %1 in %2 cannot be restored: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interview is %1 and can no longer be changed; a supervisor can send it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top of the interview is not a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form has no such language</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the interview has %n error(s) to correct before it can be completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Enumera cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and all its answers from this interview?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each line must be one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer step is {&quot;answer&quot;: PATH, &quot;value&quot;: VALUE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a clear step is {&quot;clear&quot;: PATH}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a toggle step is {&quot;toggle&quot;: PATH, &quot;option&quot;: CODE, &quot;selected&quot;: true|false}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an add_row step is {&quot;add_row&quot;: ROSTER_PATH}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a remove_row step is {&quot;remove_row&quot;: ROW_PATH}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a confirm step is {&quot;confirm&quot;: PATH, &quot;reason&quot;: TEXT}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language step is {&quot;language&quot;: CODE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an expect step is {&quot;expect&quot;: {...}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown expectation &apos;%1&apos;; the expectations are relevant, not_relevant, value, outcome, text, complete and rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step: a step has one of answer, clear, toggle, add_row, remove_row, confirm, language or expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null is not a value; use {&quot;clear&quot;: PATH}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form has no language &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step to apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a folder, not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Enumera database (it is not a SQLite file); it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (%2 of %3 bytes), perhaps an interrupted copy; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Enumera (database schema %2; this version knows schema %3 at most); it was left as it is. Update Enumera to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not an Enumera database; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form %1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form %1 %2 stored in %3 is damaged: its files are not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form %1 %2 stored in %3 does not load: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no interview %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer at %1 of interview %2 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interview that is %1 cannot become %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>&apos;%1&apos; takes %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an option of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of option codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 of &apos;%2&apos; excludes every other option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a special code of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not answered: it is a note or a calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a question that is answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not asked here, as the interview stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such question or roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no warning to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of &apos;%1&apos; follow the answer to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of &apos;%1&apos; are fixed by the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has room for %2 rows at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top of the interview is not a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of &apos;%1&apos; cannot be removed one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of &apos;%2&apos; is out of bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 fixed rows, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a path such as members[2].trainings[1].q2_3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; in the path &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in roster &apos;%2&apos;: its path needs the row, as in %2[1].%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not inside &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a row; a row path ends with its number, as in %2[1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a row, not a question, section or roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the path &apos;%2&apos; needs a row number, as in %1[1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a roster and has no rows (in the path &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; has no row %2 (it has %n row(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database or its folder cannot be written (permission denied or a read-only disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an Enumera database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed for %2: %3; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enumera::app::CompleteDialog</name>
    <message>
        <source>Complete the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that is asked has been answered. The interview can be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview cannot be completed while it has errors: correct them first. Choose an entry to go to its question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some questions are still open. Choose an entry to go to its question, or complete the interview as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Complete with %n open question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>enumera::app::DateQuestionWidget</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: write it as year-month-day, for example 2026-03-02.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enumera::app::InterviewListModel</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enumera::app::InterviewListScreen</name>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an interview with a household (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews here yet. Start one with “New interview”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the interview?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the interview with household %1? It is kept on this laptop and can be restored from “Discarded”, but it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enumera::app::InterviewScreen</name>
    <message>
        <source>‹ Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of interviews (answers are already saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what is missing and complete the interview (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: next question · Ctrl+L: sections · Ctrl+K: confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This interview is %1 and can no longer be changed. A supervisor can send it back if something needs correcting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change could not be saved, and the interview is shown as it was saved before it.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enumera::app::MainWindow</name>
    <message>
        <source>Enumera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview on this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded form does not load:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and code could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form does not load; see the diagnostics above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Enumera</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: the file no longer loads (%n error(s)). New interviews use the last version that loaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1, loaded at %2 (%n warning(s)). The form is loaded again whenever the file changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>enumera::app::NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written on the assignment, e.g. H-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household already has an interview in the list. Start another one only if that is what the assignment says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview opens at its first question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enumera::app::NumberQuestionWidget</name>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number: type digits only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enumera::app::PageView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enumera::app::ProfileScreen</name>
    <message>
        <source>Welcome to Enumera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first interview: who is working on this laptop? Your code goes with every interview you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and code go with every change you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As given by the survey office, e.g. E-017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enumerator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of the interface language shows from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enumera::app::QuestionWidget</name>
    <message>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The respondent confirms the answer (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the answer stands (as the respondent said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of range: the answer must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of range: the answer must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of range: the answer must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enumera::app::RosterWidget</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enumera::app::RowFrame</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enumera::app::SectionPanel</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to confirm</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
