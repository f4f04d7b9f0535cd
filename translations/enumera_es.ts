<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>AppOptions</name>
    <message>
      <source>%1 needs a value</source>
      <translation>%1 necesita un valor</translation>
    </message>
    <message>
      <source>unknown option %1</source>
      <translation>opción desconocida %1</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>  (discarded)</source>
      <translation>  (descartada)</translation>
    </message>
    <message>
      <source>%1 does not exist</source>
      <translation>%1 no existe</translation>
    </message>
    <message>
      <source>%1 needs a value</source>
      <translation>%1 necesita un valor</translation>
    </message>
    <message>
      <source>%1 passed, %2 failed</source>
      <translation>%1 aprobadas, %2 fallidas</translation>
    </message>
    <message>
      <source>%1: %2 questions, %3 errors, %4 warnings</source>
      <translation>%1: %2 preguntas, %3 errores, %4 advertencias</translation>
    </message>
    <message numerus="yes">
      <source>%1: resuming after line %2, acknowledged before in interview %3; %n step(s) up to it skipped</source>
      <translation>
        <numerusform>%1: se reanuda después de la línea %2, ya confirmada en la entrevista %3; se omitió %n paso hasta ella</numerusform>
        <numerusform>%1: se reanuda después de la línea %2, ya confirmada en la entrevista %3; se omitieron %n pasos hasta ella</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n interview(s) exported to %1</source>
      <translation>
        <numerusform>%n entrevista exportada a %1</numerusform>
        <numerusform>%n entrevistas exportadas a %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n scenario file(s) not run, see above</source>
      <translation>
        <numerusform>; %n archivo de escenario no se ejecutó, véase arriba</numerusform>
        <numerusform>; %n archivos de escenario no se ejecutaron, véase arriba</numerusform>
      </translation>
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
  serve --db DB [--listen ADDRESS:PORT] run the supervisor's sync server
  team add|code|list|revoke --db DB     the supervisor's team and its pairing codes
  pair --db DB --server URL --code CODE pair this laptop with a supervisor's server
  sync --db DB                          send interviews, receive what comes back;
  sync export|import --db DB ...        the same through a package file
  approve|reject --db DB INTERVIEW      review a received interview
  conflicts --db DB [resolve ID ...]    interviews changed on both sides
  history --db DB INTERVIEW             what was received of an interview
  assign|assignments|forms publish      households to visit, new form versions
  help                                  show this text

Exit status: 0 success, 1 the input is wrong, 2 usage error.
</source>
      <translation>Uso: enumera [VERBO] [ARGUMENTOS]

Sin verbo, abre la aplicación de escritorio.

Verbos:
  validate FORM...                      revisa definiciones de formularios
  test FORM SCENARIO...                 ejecuta escenarios de flujo contra un formulario
  replay --form FORM --script FILE [--db DB [--interview ID] [--household TEXT]]
                                        aplica un script y muestra el estado de la entrevista;
                                        con --db, guarda y confirma cada paso
  interviews --db DB [--json]           lista las entrevistas de una base de datos
  export --db DB --out FILE [--status LIST] [--since ISO-TIME] [--paradata]
                                        escribe las entrevistas con su libro de códigos en JSON
  serve --db DB [--listen ADDRESS:PORT] ejecuta el servidor de sincronización del supervisor
  team add|code|list|revoke --db DB     el equipo del supervisor y sus códigos de emparejamiento
  pair --db DB --server URL --code CODE empareja esta computadora con el servidor de un supervisor
  sync --db DB                          envía entrevistas, recibe lo que vuelve;
  sync export|import --db DB ...        lo mismo mediante un archivo de paquete
  approve|reject --db DB INTERVIEW      revisa una entrevista recibida
  conflicts --db DB [resolve ID ...]    entrevistas cambiadas en ambos lados
  history --db DB INTERVIEW             lo que se recibió de una entrevista
  assign|assignments|forms publish      hogares por visitar, nuevas versiones del formulario
  help                                  muestra este texto

Estado de salida: 0 éxito, 1 la entrada es incorrecta, 2 error de uso.
</translation>
    </message>
    <message>
      <source>export: %1 is the database itself; give another file to --out</source>
      <translation>export: %1 es la propia base de datos; indique otro archivo en --out</translation>
    </message>
    <message>
      <source>export: %1 was not written</source>
      <translation>export: %1 no se escribió</translation>
    </message>
    <message>
      <source>export: usage: enumera export --db DB --out FILE [--status LIST] [--since ISO-TIME] [--paradata]</source>
      <translation>export: uso: enumera export --db DB --out FILE [--status LIST] [--since ISO-TIME] [--paradata]</translation>
    </message>
    <message>
      <source>interviews: usage: enumera interviews --db DB [--json]</source>
      <translation>interviews: uso: enumera interviews --db DB [--json]</translation>
    </message>
    <message>
      <source>replay: usage: enumera replay --form FORM --script FILE [--db DB [--interview ID] [--household TEXT]]</source>
      <translation>replay: uso: enumera replay --form FORM --script FILE [--db DB [--interview ID] [--household TEXT]]</translation>
    </message>
    <message>
      <source>test: give a form file and at least one scenario</source>
      <translation>test: indique un archivo de formulario y al menos un escenario</translation>
    </message>
    <message>
      <source>unknown option %1</source>
      <translation>opción desconocida %1</translation>
    </message>
    <message>
      <source>unknown verb '%1'</source>
      <translation>verbo desconocido '%1'</translation>
    </message>
    <message>
      <source>validate: give at least one form file</source>
      <translation>validate: indique al menos un archivo de formulario</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>%1 cannot be written: %2</source>
      <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
      <source>'%1' is not a date or time (ISO 8601, such as 2026-03-01 or 2026-03-01T08:00:00Z)</source>
      <translation>'%1' no es una fecha ni una hora (ISO 8601, como 2026-03-01 o 2026-03-01T08:00:00Z)</translation>
    </message>
    <message>
      <source>'%1' is not a status; the statuses are in_progress, completed, rejected and approved</source>
      <translation>'%1' no es un estado; los estados son in_progress, completed, rejected y approved</translation>
    </message>
    <message>
      <source>interview %1 in %2 cannot be exported: %3 (%4)</source>
      <translation>la entrevista %1 de %2 no se puede exportar: %3 (%4)</translation>
    </message>
    <message>
      <source>no status to export</source>
      <translation>no hay estado para exportar</translation>
    </message>
    <message>
      <source>not a row</source>
      <translation>no es una fila</translation>
    </message>
    <message>
      <source>reading %1 failed: %2</source>
      <translation>la lectura de %1 falló: %2</translation>
    </message>
    <message>
      <source>the export could not be written</source>
      <translation>no se pudo escribir la exportación</translation>
    </message>
    <message>
      <source>the stored answer is damaged</source>
      <translation>la respuesta guardada está dañada</translation>
    </message>
    <message>
      <source>the stored answer is not an answer to this question</source>
      <translation>la respuesta guardada no es una respuesta a esta pregunta</translation>
    </message>
  </context>
  <context>
    <name>Expression</name>
    <message numerus="yes">
      <source>%1() takes %n argument(s), found %2 (in %3)</source>
      <translation>
        <numerusform>%1() admite %n argumento, se encontraron %2 (en %3)</numerusform>
        <numerusform>%1() admite %n argumentos, se encontraron %2 (en %3)</numerusform>
      </translation>
    </message>
    <message>
      <source>%1() takes one argument, a roster (in %2)</source>
      <translation>%1() admite un argumento, un roster (en %2)</translation>
    </message>
    <message>
      <source>%1() takes two arguments, a roster and an expression (in %2)</source>
      <translation>%1() admite dos argumentos, un roster y una expresión (en %2)</translation>
    </message>
    <message>
      <source>'%1' has no option or special code %2 (in %3)</source>
      <translation>'%1' no tiene la opción ni el código especial %2 (en %3)</translation>
    </message>
    <message>
      <source>'%1' is a %2 and has no value (in %3)</source>
      <translation>'%1' es un %2 y no tiene valor (en %3)</translation>
    </message>
    <message>
      <source>'%1' is a note and has no value (in %2)</source>
      <translation>'%1' es una nota y no tiene valor (en %2)</translation>
    </message>
    <message>
      <source>'%1' is a roster, not a value (in %2); use rows(%1), count(%1, ...), any(%1, ...), all(%1, ...) or sum(%1, ...)</source>
      <translation>'%1' es un roster, no un valor (en %2); use rows(%1), count(%1, ...), any(%1, ...), all(%1, ...) o sum(%1, ...)</translation>
    </message>
    <message>
      <source>'%1' is in roster '%2' and cannot be used in %3, which is outside it; use an aggregate such as any(%2, ...), count(%2, ...) or sum(%2, ...)</source>
      <translation>'%1' está en el roster '%2' y no se puede usar en %3, que está fuera de él; use una agregación como any(%2, ...), count(%2, ...) o sum(%2, ...)</translation>
    </message>
    <message>
      <source>'%1' is not a number</source>
      <translation>'%1' no es un número</translation>
    </message>
    <message>
      <source>a condition</source>
      <translation>una condición</translation>
    </message>
    <message>
      <source>a date</source>
      <translation>una fecha</translation>
    </message>
    <message>
      <source>a list such as [1, 2] can only follow 'in' (in %1)</source>
      <translation>una lista como [1, 2] solo puede seguir a 'in' (en %1)</translation>
    </message>
    <message>
      <source>a multiple-choice answer</source>
      <translation>una respuesta de opción múltiple</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>un número</translation>
    </message>
    <message>
      <source>a text</source>
      <translation>un texto</translation>
    </message>
    <message>
      <source>comparisons cannot be chained; join them with 'and'</source>
      <translation>las comparaciones no se pueden encadenar; únalas con 'and'</translation>
    </message>
    <message>
      <source>date() takes a date written as 'YYYY-MM-DD' (in %1)</source>
      <translation>date() admite una fecha escrita 'AAAA-MM-DD' (en %1)</translation>
    </message>
    <message>
      <source>expected ')' to close the '(' at column %1, found %2</source>
      <translation>se esperaba ')' para cerrar el '(' de la columna %1, se encontró %2</translation>
    </message>
    <message>
      <source>expected ',' or ')' in the arguments of %1(), found %2</source>
      <translation>se esperaba ',' o ')' en los argumentos de %1(), se encontró %2</translation>
    </message>
    <message>
      <source>expected ',' or ']' in the list, found %1</source>
      <translation>se esperaba ',' o ']' en la lista, se encontró %1</translation>
    </message>
    <message>
      <source>expected a list such as [1, 2] after 'in', found %1</source>
      <translation>se esperaba una lista como [1, 2] después de 'in', se encontró %1</translation>
    </message>
    <message>
      <source>expected a value, found %1</source>
      <translation>se esperaba un valor, se encontró %1</translation>
    </message>
    <message>
      <source>grid</source>
      <translation>grilla</translation>
    </message>
    <message>
      <source>roster '%1' is inside roster '%2' and cannot be used in %3, which is outside it</source>
      <translation>el roster '%1' está dentro del roster '%2' y no se puede usar en %3, que está fuera de él</translation>
    </message>
    <message>
      <source>row() is only meaningful inside a roster (in %1)</source>
      <translation>row() solo tiene sentido dentro de un roster (en %1)</translation>
    </message>
    <message>
      <source>section</source>
      <translation>sección</translation>
    </message>
    <message>
      <source>syntax error in %1: %2</source>
      <translation>error de sintaxis en %1: %2</translation>
    </message>
    <message>
      <source>the argument of count_selected() must be a multiple-choice question (in %1)</source>
      <translation>el argumento de count_selected() debe ser una pregunta de opción múltiple (en %1)</translation>
    </message>
    <message>
      <source>the first argument of %1() must be a roster (in %2)</source>
      <translation>el primer argumento de %1() debe ser un roster (en %2)</translation>
    </message>
    <message>
      <source>the first argument of selected() must be a choice question (in %1)</source>
      <translation>el primer argumento de selected() debe ser una pregunta de opción (en %1)</translation>
    </message>
    <message>
      <source>the list after 'in' has more than 254 values (in %1)</source>
      <translation>la lista después de 'in' tiene más de 254 valores (en %1)</translation>
    </message>
    <message>
      <source>the list after 'in' is empty (in %1)</source>
      <translation>la lista después de 'in' está vacía (en %1)</translation>
    </message>
    <message>
      <source>the second argument of selected() must be an option code written as a number (in %1)</source>
      <translation>el segundo argumento de selected() debe ser un código de opción escrito como número (en %1)</translation>
    </message>
    <message>
      <source>the text that starts here has no closing quote</source>
      <translation>el texto que empieza aquí no tiene comilla de cierre</translation>
    </message>
    <message>
      <source>type mismatch in %1: %2() needs numbers or dates, found %3</source>
      <translation>tipos incompatibles en %1: %2() necesita números o fechas, se encontró %3</translation>
    </message>
    <message>
      <source>type mismatch in %1: '%2' compares %3 with %4</source>
      <translation>tipos incompatibles en %1: '%2' compara %3 con %4</translation>
    </message>
    <message>
      <source>type mismatch in %1: '%2' is a multiple-choice answer and cannot be compared with '%3'; use selected(%2, code)</source>
      <translation>tipos incompatibles en %1: '%2' es una respuesta de opción múltiple y no se puede comparar con '%3'; use selected(%2, código)</translation>
    </message>
    <message>
      <source>type mismatch in %1: '%2' joins conditions, found %3</source>
      <translation>tipos incompatibles en %1: '%2' une condiciones, se encontró %3</translation>
    </message>
    <message>
      <source>type mismatch in %1: '%2' needs numbers, found %3</source>
      <translation>tipos incompatibles en %1: '%2' necesita números, se encontró %3</translation>
    </message>
    <message>
      <source>type mismatch in %1: '%2' orders numbers or dates, not %3</source>
      <translation>tipos incompatibles en %1: '%2' ordena números o fechas, no %3</translation>
    </message>
    <message>
      <source>type mismatch in %1: '-' needs a number, found %2</source>
      <translation>tipos incompatibles en %1: '-' necesita un número, se encontró %2</translation>
    </message>
    <message>
      <source>type mismatch in %1: 'in' needs a number or a text on its left, found %2</source>
      <translation>tipos incompatibles en %1: 'in' necesita un número o un texto a su izquierda, se encontró %2</translation>
    </message>
    <message>
      <source>type mismatch in %1: 'not' needs a condition, found %2</source>
      <translation>tipos incompatibles en %1: 'not' necesita una condición, se encontró %2</translation>
    </message>
    <message>
      <source>type mismatch in %1: expected %2, found %3</source>
      <translation>tipos incompatibles en %1: se esperaba %2, se encontró %3</translation>
    </message>
    <message>
      <source>type mismatch in %1: the first argument of if() must be a condition, found %2</source>
      <translation>tipos incompatibles en %1: el primer argumento de if() debe ser una condición, se encontró %2</translation>
    </message>
    <message>
      <source>type mismatch in %1: the list after 'in' must hold %2 written as such</source>
      <translation>tipos incompatibles en %1: la lista después de 'in' debe contener %2 escritos como tales</translation>
    </message>
    <message>
      <source>type mismatch in %1: the second argument of %2() must be %3, found %4</source>
      <translation>tipos incompatibles en %1: el segundo argumento de %2() debe ser %3, se encontró %4</translation>
    </message>
    <message>
      <source>type mismatch in %1: the two arguments of %2() are %3 and %4</source>
      <translation>tipos incompatibles en %1: los dos argumentos de %2() son %3 y %4</translation>
    </message>
    <message>
      <source>type mismatch in %1: the two values of if() are %2 and %3</source>
      <translation>tipos incompatibles en %1: los dos valores de if() son %2 y %3</translation>
    </message>
    <message>
      <source>unexpected %1 after the end of the expression</source>
      <translation>%1 inesperado después del final de la expresión</translation>
    </message>
    <message>
      <source>unexpected character '%1'</source>
      <translation>carácter inesperado '%1'</translation>
    </message>
    <message>
      <source>unknown function '%1' in %2</source>
      <translation>función desconocida '%1' en %2</translation>
    </message>
    <message>
      <source>unknown name '%1' in %2</source>
      <translation>nombre desconocido '%1' en %2</translation>
    </message>
    <message>
      <source>write '%1' instead of '%2'</source>
      <translation>escriba '%1' en lugar de '%2'</translation>
    </message>
    <message>
      <source>write '==' to compare; a single '=' is not an operator</source>
      <translation>escriba '==' para comparar; un solo '=' no es un operador</translation>
    </message>
    <message>
      <source>write 'not' instead of '!'</source>
      <translation>escriba 'not' en lugar de '!'</translation>
    </message>
  </context>
  <context>
    <name>FormLoader</name>
    <message>
      <source>%1 cannot have '%2': %3</source>
      <translation>%1 no puede tener '%2': %3</translation>
    </message>
    <message>
      <source>%1 has a text in language '%2', which the form does not declare in 'languages'</source>
      <translation>%1 tiene un texto en el idioma '%2', que el formulario no declara en 'languages'</translation>
    </message>
    <message>
      <source>%1 has both 'size' and 'fixed_rows'; give one</source>
      <translation>%1 tiene 'size' y 'fixed_rows' a la vez; indique uno solo</translation>
    </message>
    <message>
      <source>%1 has more than 64 validations</source>
      <translation>%1 tiene más de 64 validaciones</translation>
    </message>
    <message>
      <source>%1 has no '%2'</source>
      <translation>%1 no tiene '%2'</translation>
    </message>
    <message>
      <source>%1 has no 'options'</source>
      <translation>%1 no tiene 'options'</translation>
    </message>
    <message>
      <source>%1 must be a JSON object</source>
      <translation>%1 debe ser un objeto JSON</translation>
    </message>
    <message>
      <source>%1 needs an option code and a name</source>
      <translation>%1 necesita un código de opción y un nombre</translation>
    </message>
    <message>
      <source>%1 takes its size from '%2', which has no maximum; give '%2' a range or the roster 'max_rows'</source>
      <translation>%1 toma su tamaño de '%2', que no tiene máximo; dé a '%2' un rango o al roster 'max_rows'</translation>
    </message>
    <message>
      <source>'%1' (calculation)</source>
      <translation>'%1' (cálculo)</translation>
    </message>
    <message>
      <source>'%1' includes itself (through %2)</source>
      <translation>'%1' se incluye a sí mismo (a través de %2)</translation>
    </message>
    <message>
      <source>'%1' is not a valid name</source>
      <translation>'%1' no es un nombre válido</translation>
    </message>
    <message>
      <source>'%1' is not a valid name: use letters, digits and '_', starting with a letter, at most 64 characters, and not a word of the expression language</source>
      <translation>'%1' no es un nombre válido: use letras, dígitos y '_', empezando por una letra, 64 caracteres como máximo, y que no sea una palabra del lenguaje de expresiones</translation>
    </message>
    <message>
      <source>'%1' of %2 must be a text</source>
      <translation>'%1' de %2 debe ser un texto</translation>
    </message>
    <message>
      <source>'%1' of %2 must be true or false</source>
      <translation>'%1' de %2 debe ser true o false</translation>
    </message>
    <message>
      <source>'%1' of the range of %2 must be %3</source>
      <translation>'%1' del rango de %2 debe ser %3</translation>
    </message>
    <message>
      <source>'code_digits' must be a whole number from 0 to 9</source>
      <translation>'code_digits' debe ser un número entero de 0 a 9</translation>
    </message>
    <message>
      <source>'code_digits' of %1 belongs in its option set</source>
      <translation>'code_digits' de %1 va en su conjunto de opciones</translation>
    </message>
    <message>
      <source>'constants' must be an object of names and values</source>
      <translation>'constants' debe ser un objeto de nombres y valores</translation>
    </message>
    <message>
      <source>'fixed_rows' of %1 must be a non-empty list of texts</source>
      <translation>'fixed_rows' de %1 debe ser una lista no vacía de textos</translation>
    </message>
    <message>
      <source>'include' must be the path of a module file</source>
      <translation>'include' debe ser la ruta de un archivo de módulo</translation>
    </message>
    <message>
      <source>'items' must be a list</source>
      <translation>'items' debe ser una lista</translation>
    </message>
    <message>
      <source>'max_rows' of %1 must be a whole number from 1 to 100000</source>
      <translation>'max_rows' de %1 debe ser un número entero de 1 a 100000</translation>
    </message>
    <message>
      <source>'notes' of %1 must be a text or a list of texts</source>
      <translation>'notes' de %1 debe ser un texto o una lista de textos</translation>
    </message>
    <message>
      <source>'option_sets' must be an object of option sets by name</source>
      <translation>'option_sets' debe ser un objeto de conjuntos de opciones por nombre</translation>
    </message>
    <message>
      <source>'questions' of %1 must be a non-empty list</source>
      <translation>'questions' de %1 debe ser una lista no vacía</translation>
    </message>
    <message>
      <source>'relevant' of %1 must be an expression written as a text</source>
      <translation>'relevant' de %1 debe ser una expresión escrita como texto</translation>
    </message>
    <message>
      <source>'relevant' of an include must be an expression written as a text</source>
      <translation>'relevant' de un include debe ser una expresión escrita como texto</translation>
    </message>
    <message>
      <source>'sections' must be a list of sections</source>
      <translation>'sections' debe ser una lista de secciones</translation>
    </message>
    <message>
      <source>'severity' must be "error" or "warning"</source>
      <translation>'severity' debe ser "error" o "warning"</translation>
    </message>
    <message>
      <source>'skip' of %1 must be a list of {"if": ..., "to": ...}</source>
      <translation>'skip' de %1 debe ser una lista de {"if": ..., "to": ...}</translation>
    </message>
    <message>
      <source>'special_codes' must be an object of special codes by name</source>
      <translation>'special_codes' debe ser un objeto de códigos especiales por nombre</translation>
    </message>
    <message>
      <source>'special_codes' of %1 must be a list of special code names or {"code": ..., "label": ...} objects</source>
      <translation>'special_codes' de %1 debe ser una lista de nombres de códigos especiales u objetos {"code": ..., "label": ...}</translation>
    </message>
    <message>
      <source>'specify' of %1 must be a list</source>
      <translation>'specify' de %1 debe ser una lista</translation>
    </message>
    <message>
      <source>'validations' of %1 must be a list</source>
      <translation>'validations' de %1 debe ser una lista</translation>
    </message>
    <message>
      <source>a %1 question asks nothing</source>
      <translation>una pregunta %1 no pregunta nada</translation>
    </message>
    <message>
      <source>a language must be a code such as "en"</source>
      <translation>un idioma debe ser un código como "en"</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>un número</translation>
    </message>
    <message>
      <source>a skip of %1</source>
      <translation>un salto de %1</translation>
    </message>
    <message>
      <source>a special code of %1</source>
      <translation>un código especial de %1</translation>
    </message>
    <message>
      <source>a specify text of %1</source>
      <translation>un texto de especificación de %1</translation>
    </message>
    <message>
      <source>a text of %1 must be a string</source>
      <translation>un texto de %1 debe ser una cadena</translation>
    </message>
    <message>
      <source>a text of %1 must be a string or an object of texts by language</source>
      <translation>un texto de %1 debe ser una cadena o un objeto de textos por idioma</translation>
    </message>
    <message>
      <source>a validation of %1</source>
      <translation>una validación de %1</translation>
    </message>
    <message>
      <source>a validation of %1 can never fire: %2</source>
      <translation>una validación de %1 nunca puede dispararse: %2</translation>
    </message>
    <message>
      <source>a validation of %1 does not depend on any answer, so it fires always or never</source>
      <translation>una validación de %1 no depende de ninguna respuesta, así que se dispara siempre o nunca</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>un número entero</translation>
    </message>
    <message>
      <source>an include</source>
      <translation>un include</translation>
    </message>
    <message>
      <source>an item must be a JSON object</source>
      <translation>un elemento debe ser un objeto JSON</translation>
    </message>
    <message>
      <source>an item must be a question (with "name" and "type"), a section, a roster, a grid or an include</source>
      <translation>un elemento debe ser una pregunta (con "name" y "type"), una sección, un roster, una grilla o un include</translation>
    </message>
    <message>
      <source>an option code of %1 must be a whole number</source>
      <translation>un código de opción de %1 debe ser un número entero</translation>
    </message>
    <message>
      <source>an option of %1</source>
      <translation>una opción de %1</translation>
    </message>
    <message>
      <source>any</source>
      <translation>cualquiera</translation>
    </message>
    <message>
      <source>calculation</source>
      <translation>cálculo</translation>
    </message>
    <message>
      <source>cannot read the form: %1</source>
      <translation>no se puede leer el formulario: %1</translation>
    </message>
    <message>
      <source>cannot read the included file '%1': %2</source>
      <translation>no se puede leer el archivo incluido '%1': %2</translation>
    </message>
    <message>
      <source>each entry of 'sections' must be a section, with a "section" name</source>
      <translation>cada entrada de 'sections' debe ser una sección, con un nombre "section"</translation>
    </message>
    <message>
      <source>every answer inside the range of '%1' passes it</source>
      <translation>toda respuesta dentro del rango de '%1' la cumple</translation>
    </message>
    <message>
      <source>grid '%1'</source>
      <translation>grilla '%1'</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <translation>es una carpeta</translation>
    </message>
    <message>
      <source>missing translation: option %1 of '%2' has no '%3' label; the '%4' text is shown instead</source>
      <translation>traducción faltante: la opción %1 de '%2' no tiene etiqueta '%3'; se muestra el texto '%4'</translation>
    </message>
    <message>
      <source>missing translation: the %1 of %2 has no '%3' text; the '%4' text is shown instead</source>
      <translation>traducción faltante: el %1 de %2 no tiene texto '%3'; se muestra el texto '%4'</translation>
    </message>
    <message>
      <source>modules are included more than 15 deep</source>
      <translation>los módulos se incluyen con más de 15 niveles</translation>
    </message>
    <message>
      <source>no form definition</source>
      <translation>no hay definición de formulario</translation>
    </message>
    <message>
      <source>no such file</source>
      <translation>no existe el archivo</translation>
    </message>
    <message>
      <source>not among the stored files of the form</source>
      <translation>no está entre los archivos guardados del formulario</translation>
    </message>
    <message>
      <source>only calculated questions have a calculation</source>
      <translation>solo las preguntas calculadas tienen un cálculo</translation>
    </message>
    <message>
      <source>only choice questions have option codes</source>
      <translation>solo las preguntas de opción tienen códigos de opción</translation>
    </message>
    <message>
      <source>only choice questions have specify texts</source>
      <translation>solo las preguntas de opción tienen textos de especificación</translation>
    </message>
    <message>
      <source>only integer and decimal questions have a range</source>
      <translation>solo las preguntas enteras y decimales tienen un rango</translation>
    </message>
    <message>
      <source>only integer, decimal and single choice questions have special codes</source>
      <translation>solo las preguntas enteras, decimales y de opción única tienen códigos especiales</translation>
    </message>
    <message>
      <source>only single and multiple choice questions have options</source>
      <translation>solo las preguntas de opción única y múltiple tienen opciones</translation>
    </message>
    <message>
      <source>option %1 of %2 is exclusive, but a single choice question has only one answer anyway</source>
      <translation>la opción %1 de %2 es exclusiva, pero una pregunta de opción única solo tiene una respuesta de todos modos</translation>
    </message>
    <message>
      <source>option code %1 is used twice in %2: here and at %3</source>
      <translation>el código de opción %1 se usa dos veces en %2: aquí y en %3</translation>
    </message>
    <message>
      <source>option set '%1'</source>
      <translation>conjunto de opciones '%1'</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>permiso denegado</translation>
    </message>
    <message>
      <source>question '%1'</source>
      <translation>pregunta '%1'</translation>
    </message>
    <message>
      <source>relevance</source>
      <translation>relevancia</translation>
    </message>
    <message>
      <source>roster '%1'</source>
      <translation>roster '%1'</translation>
    </message>
    <message>
      <source>rosters are nested more than 8 deep</source>
      <translation>los rosters se anidan con más de 8 niveles</translation>
    </message>
    <message>
      <source>rows</source>
      <translation>filas</translation>
    </message>
    <message>
      <source>section '%1'</source>
      <translation>sección '%1'</translation>
    </message>
    <message>
      <source>special code %1 is given twice to %2</source>
      <translation>el código especial %1 se da dos veces a %2</translation>
    </message>
    <message>
      <source>special code %1 of %2 is also one of its options</source>
      <translation>el código especial %1 de %2 también es una de sus opciones</translation>
    </message>
    <message>
      <source>special code %1 of %2 is inside its range %3 to %4, so an answer of %1 could not be told from the special code</source>
      <translation>el código especial %1 de %2 está dentro de su rango %3 a %4, así que una respuesta %1 no se distinguiría del código especial</translation>
    </message>
    <message>
      <source>special code '%1'</source>
      <translation>código especial '%1'</translation>
    </message>
    <message>
      <source>the %1 of %2 (%3)</source>
      <translation>el %1 de %2 (%3)</translation>
    </message>
    <message>
      <source>the calculation of '%1'</source>
      <translation>el cálculo de '%1'</translation>
    </message>
    <message>
      <source>the calculation of '%1' depends on itself</source>
      <translation>el cálculo de '%1' depende de sí mismo</translation>
    </message>
    <message>
      <source>the code of %1 must be a whole number</source>
      <translation>el código de %1 debe ser un número entero</translation>
    </message>
    <message>
      <source>the constant '%1' must be a number, a text or true/false</source>
      <translation>la constante '%1' debe ser un número, un texto o true/false</translation>
    </message>
    <message>
      <source>the default language '%1' is not one of the form's languages</source>
      <translation>el idioma predeterminado '%1' no es uno de los idiomas del formulario</translation>
    </message>
    <message>
      <source>the file is not valid JSON: %1</source>
      <translation>el archivo no es JSON válido: %1</translation>
    </message>
    <message>
      <source>the form</source>
      <translation>el formulario</translation>
    </message>
    <message>
      <source>the form has no 'title'</source>
      <translation>el formulario no tiene 'title'</translation>
    </message>
    <message>
      <source>the form has no sections</source>
      <translation>el formulario no tiene secciones</translation>
    </message>
    <message>
      <source>the form id '%1' must be a name: letters, digits and '_'</source>
      <translation>el id de formulario '%1' debe ser un nombre: letras, dígitos y '_'</translation>
    </message>
    <message>
      <source>the form must list its languages, e.g. "languages": ["en", "es"]</source>
      <translation>el formulario debe listar sus idiomas, p. ej. "languages": ["en", "es"]</translation>
    </message>
    <message>
      <source>the key '%1' is written twice in the same object; only one is allowed</source>
      <translation>la clave '%1' está escrita dos veces en el mismo objeto; solo se permite una</translation>
    </message>
    <message>
      <source>the language '%1' is listed twice</source>
      <translation>el idioma '%1' figura dos veces</translation>
    </message>
    <message>
      <source>the module</source>
      <translation>el módulo</translation>
    </message>
    <message>
      <source>the module does not list the form's language '%1'</source>
      <translation>el módulo no lista el idioma '%1' del formulario</translation>
    </message>
    <message>
      <source>the name '%1' is used twice: here and at %2 %3</source>
      <translation>el nombre '%1' se usa dos veces: aquí y en %2 %3</translation>
    </message>
    <message>
      <source>the name of a grid must be a text</source>
      <translation>el nombre de una grilla debe ser un texto</translation>
    </message>
    <message>
      <source>the name of a question must be a text</source>
      <translation>el nombre de una pregunta debe ser un texto</translation>
    </message>
    <message>
      <source>the name of a roster must be a text</source>
      <translation>el nombre de un roster debe ser un texto</translation>
    </message>
    <message>
      <source>the name of a section must be a text</source>
      <translation>el nombre de una sección debe ser un texto</translation>
    </message>
    <message>
      <source>the options of %1 must be a non-empty list</source>
      <translation>las opciones de %1 deben ser una lista no vacía</translation>
    </message>
    <message>
      <source>the range of %1</source>
      <translation>el rango de %1</translation>
    </message>
    <message>
      <source>the range of %1 has its minimum above its maximum</source>
      <translation>el rango de %1 tiene su mínimo por encima de su máximo</translation>
    </message>
    <message>
      <source>the relevance of %1</source>
      <translation>la relevancia de %1</translation>
    </message>
    <message>
      <source>the row label of %1 must be a question in the roster's rows; '%2' is not</source>
      <translation>la etiqueta de fila de %1 debe ser una pregunta de las filas del roster; '%2' no lo es</translation>
    </message>
    <message>
      <source>the size of %1 comes from '%2', which is not in the roster's row or around it</source>
      <translation>el tamaño de %1 viene de '%2', que no está en la fila del roster ni a su alrededor</translation>
    </message>
    <message>
      <source>the size of %1 must be an integer question; '%2' is not</source>
      <translation>el tamaño de %1 debe ser una pregunta entera; '%2' no lo es</translation>
    </message>
    <message>
      <source>the skip of '%1'</source>
      <translation>el salto de '%1'</translation>
    </message>
    <message>
      <source>the skip of '%1' goes back to '%2', which comes before it; a skip can only go forward</source>
      <translation>el salto de '%1' vuelve a '%2', que está antes; un salto solo puede ir hacia adelante</translation>
    </message>
    <message>
      <source>the skip of '%1' goes to '%2', inside roster '%3', which '%1' is not in; a skip cannot enter a roster</source>
      <translation>el salto de '%1' va a '%2', dentro del roster '%3', en el que '%1' no está; un salto no puede entrar en un roster</translation>
    </message>
    <message>
      <source>the skip of '%1' goes to '%2', which is not in the form</source>
      <translation>el salto de '%1' va a '%2', que no está en el formulario</translation>
    </message>
    <message>
      <source>the skip of '%1' leaves roster '%2' for '%3', but '%4' comes between the end of the roster and '%3'; skip to the item right after the roster</source>
      <translation>el salto de '%1' sale del roster '%2' hacia '%3', pero '%4' está entre el final del roster y '%3'; salte al elemento justo después del roster</translation>
    </message>
    <message>
      <source>the skip of '%1' to '%2' passes over nothing: '%2' comes next anyway; did the skip mean the item after it?</source>
      <translation>el salto de '%1' a '%2' no pasa por encima de nada: '%2' viene a continuación de todos modos; ¿el salto quería ir al elemento siguiente?</translation>
    </message>
    <message>
      <source>the substitution that starts here in %1 has no closing '}' (write '{{' for a brace)</source>
      <translation>la sustitución que empieza aquí en %1 no tiene '}' de cierre (escriba '{{' para una llave)</translation>
    </message>
    <message>
      <source>these items depend on each other in a cycle: %1</source>
      <translation>estos elementos dependen unos de otros en un ciclo: %1</translation>
    </message>
    <message>
      <source>this file is a module; validate the form that includes it</source>
      <translation>este archivo es un módulo; valide el formulario que lo incluye</translation>
    </message>
    <message>
      <source>unknown key '%1' in %2</source>
      <translation>clave desconocida '%1' en %2</translation>
    </message>
    <message>
      <source>unknown key '%1' in %2; did you mean '%3'?</source>
      <translation>clave desconocida '%1' en %2; ¿quiso decir '%3'?</translation>
    </message>
    <message>
      <source>unknown name '%1' in '%2' of %3</source>
      <translation>nombre desconocido '%1' en '%2' de %3</translation>
    </message>
    <message>
      <source>unknown option set '%1' in %2</source>
      <translation>conjunto de opciones desconocido '%1' en %2</translation>
    </message>
    <message>
      <source>unknown question type '%1' for %2; the types are single, multiple, integer, decimal, text, date, note and calculated</source>
      <translation>tipo de pregunta desconocido '%1' para %2; los tipos son single, multiple, integer, decimal, text, date, note y calculated</translation>
    </message>
    <message>
      <source>unknown special code '%1' in %2</source>
      <translation>código especial desconocido '%1' en %2</translation>
    </message>
  </context>
  <context>
    <name>FormSource</name>
    <message>
      <source>cannot read %1: %2</source>
      <translation>no se puede leer %1: %2</translation>
    </message>
  </context>
  <context>
    <name>Interview</name>
    <message>
      <source>%1 is not a special code of '%2'</source>
      <translation>%1 no es un código especial de '%2'</translation>
    </message>
    <message>
      <source>%1 is not an option of '%2'</source>
      <translation>%1 no es una opción de '%2'</translation>
    </message>
    <message>
      <source>'%1' has %2 fixed rows, not %3</source>
      <translation>'%1' tiene %2 filas fijas, no %3</translation>
    </message>
    <message numerus="yes">
      <source>'%1' has no row %2 (it has %n row(s))</source>
      <translation>
        <numerusform>'%1' no tiene la fila %2 (tiene %n fila)</numerusform>
        <numerusform>'%1' no tiene la fila %2 (tiene %n filas)</numerusform>
      </translation>
    </message>
    <message>
      <source>'%1' has no warning to confirm</source>
      <translation>'%1' no tiene ninguna advertencia que confirmar</translation>
    </message>
    <message>
      <source>'%1' has room for %2 rows at most</source>
      <translation>'%1' admite %2 filas como máximo</translation>
    </message>
    <message>
      <source>'%1' in the path '%2' needs a row number, as in %1[1]</source>
      <translation>'%1' en la ruta '%2' necesita un número de fila, como en %1[1]</translation>
    </message>
    <message>
      <source>'%1' is a row, not a question, section or roster</source>
      <translation>'%1' es una fila, no una pregunta, sección o roster</translation>
    </message>
    <message>
      <source>'%1' is in roster '%2': its path needs the row, as in %2[1].%1</source>
      <translation>'%1' está en el roster '%2': su ruta necesita la fila, como en %2[1].%1</translation>
    </message>
    <message>
      <source>'%1' is not a path such as members[2].trainings[1].q2_3</source>
      <translation>'%1' no es una ruta como members[2].trainings[1].q2_3</translation>
    </message>
    <message>
      <source>'%1' is not a question that is answered</source>
      <translation>'%1' no es una pregunta que se responda</translation>
    </message>
    <message>
      <source>'%1' is not a roster and has no rows (in the path '%2')</source>
      <translation>'%1' no es un roster y no tiene filas (en la ruta '%2')</translation>
    </message>
    <message>
      <source>'%1' is not a row; a row path ends with its number, as in %2[1]</source>
      <translation>'%1' no es una fila; la ruta de una fila termina con su número, como en %2[1]</translation>
    </message>
    <message>
      <source>'%1' is not answered: it is a note or a calculation</source>
      <translation>'%1' no se responde: es una nota o un cálculo</translation>
    </message>
    <message>
      <source>'%1' is not asked here, as the interview stands</source>
      <translation>'%1' no se pregunta aquí, tal como está la entrevista</translation>
    </message>
    <message>
      <source>'%1' is not inside '%2'</source>
      <translation>'%1' no está dentro de '%2'</translation>
    </message>
    <message>
      <source>'%1' takes %2, not %3</source>
      <translation>'%1' admite %2, no %3</translation>
    </message>
    <message>
      <source>'%1' takes a date, and %2 is not a day of the calendar</source>
      <translation>'%1' lleva una fecha, y %2 no es un día del calendario</translation>
    </message>
    <message>
      <source>Out of range.</source>
      <translation>Fuera de rango.</translation>
    </message>
    <message>
      <source>Out of range: the answer must be at least %1.</source>
      <translation>Fuera de rango: la respuesta debe ser al menos %1.</translation>
    </message>
    <message>
      <source>Out of range: the answer must be at most %1.</source>
      <translation>Fuera de rango: la respuesta debe ser como máximo %1.</translation>
    </message>
    <message>
      <source>Out of range: the answer must be between %1 and %2.</source>
      <translation>Fuera de rango: la respuesta debe estar entre %1 y %2.</translation>
    </message>
    <message>
      <source>a date written YYYY-MM-DD</source>
      <translation>una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
      <source>a list of option codes</source>
      <translation>una lista de códigos de opción</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>un número</translation>
    </message>
    <message>
      <source>a text</source>
      <translation>un texto</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>un número entero</translation>
    </message>
    <message>
      <source>an option code</source>
      <translation>un código de opción</translation>
    </message>
    <message>
      <source>empty path</source>
      <translation>ruta vacía</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>no such question</source>
      <translation>no existe la pregunta</translation>
    </message>
    <message>
      <source>no such question or roster</source>
      <translation>no existe la pregunta ni el roster</translation>
    </message>
    <message>
      <source>not a roster</source>
      <translation>no es un roster</translation>
    </message>
    <message>
      <source>option %1 of '%2' excludes every other option</source>
      <translation>la opción %1 de '%2' excluye todas las demás opciones</translation>
    </message>
    <message>
      <source>row %1 of '%2' is out of bounds</source>
      <translation>la fila %1 de '%2' está fuera de los límites</translation>
    </message>
    <message numerus="yes">
      <source>the interview has %n error(s) to correct before it can be completed</source>
      <translation>
        <numerusform>la entrevista tiene %n error que corregir antes de poder completarse</numerusform>
        <numerusform>la entrevista tiene %n errores que corregir antes de poder completarse</numerusform>
      </translation>
    </message>
    <message>
      <source>the rows of '%1' are fixed by the form</source>
      <translation>las filas de '%1' las fija el formulario</translation>
    </message>
    <message>
      <source>the rows of '%1' cannot be removed one by one</source>
      <translation>las filas de '%1' no se pueden eliminar una por una</translation>
    </message>
    <message>
      <source>the rows of '%1' follow the answer to '%2'</source>
      <translation>las filas de '%1' siguen la respuesta a '%2'</translation>
    </message>
    <message>
      <source>the top of the interview is not a row</source>
      <translation>la parte superior de la entrevista no es una fila</translation>
    </message>
    <message>
      <source>unknown name '%1' in the path '%2'</source>
      <translation>nombre desconocido '%1' en la ruta '%2'</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sí</translation>
    </message>
  </context>
  <context>
    <name>InterviewSession</name>
    <message>
      <source>approved</source>
      <translation>aprobada</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>completada</translation>
    </message>
    <message>
      <source>interview %1 in %2 cannot be restored: %3 (%4)</source>
      <translation>la entrevista %1 de %2 no se puede restaurar: %3 (%4)</translation>
    </message>
    <message>
      <source>the form has no such language</source>
      <translation>el formulario no tiene ese idioma</translation>
    </message>
    <message>
      <source>the interview is %1 and can no longer be changed; a supervisor can send it back</source>
      <translation>la entrevista está %1 y ya no se puede cambiar; un supervisor puede devolverla</translation>
    </message>
    <message>
      <source>the top of the interview is not a row</source>
      <translation>la parte superior de la entrevista no es una fila</translation>
    </message>
  </context>
  <context>
    <name>QObject</name>
    <message>
      <source>Enumera cannot start</source>
      <translation>Enumera no puede iniciar</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Conservar</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Remove %1 and all its answers from this interview?</source>
      <translation>¿Eliminar %1 y todas sus respuestas de esta entrevista?</translation>
    </message>
    <message>
      <source>Remove %1?</source>
      <translation>¿Eliminar %1?</translation>
    </message>
  </context>
  <context>
    <name>Script</name>
    <message>
      <source>a clear step is {"clear": PATH}</source>
      <translation>un paso clear es {"clear": PATH}</translation>
    </message>
    <message>
      <source>a complete step is {"complete": true}</source>
      <translation>un paso de completar es {"complete": true}</translation>
    </message>
    <message>
      <source>a confirm step is {"confirm": PATH, "reason": TEXT}</source>
      <translation>un paso confirm es {"confirm": PATH, "reason": TEXT}</translation>
    </message>
    <message>
      <source>a language step is {"language": CODE}</source>
      <translation>un paso language es {"language": CODE}</translation>
    </message>
    <message>
      <source>a list of paths</source>
      <translation>una lista de rutas</translation>
    </message>
    <message>
      <source>a remove_row step is {"remove_row": ROW_PATH}</source>
      <translation>un paso remove_row es {"remove_row": ROW_PATH}</translation>
    </message>
    <message>
      <source>a toggle step is {"toggle": PATH, "option": CODE, "selected": true|false}</source>
      <translation>un paso toggle es {"toggle": PATH, "option": CODE, "selected": true|false}</translation>
    </message>
    <message>
      <source>an add_row step is {"add_row": ROSTER_PATH}</source>
      <translation>un paso add_row es {"add_row": ROSTER_PATH}</translation>
    </message>
    <message>
      <source>an answer step is {"answer": PATH, "value": VALUE}</source>
      <translation>un paso answer es {"answer": PATH, "value": VALUE}</translation>
    </message>
    <message>
      <source>an expect step is {"expect": {...}}</source>
      <translation>un paso expect es {"expect": {...}}</translation>
    </message>
    <message>
      <source>cannot read the file</source>
      <translation>no se puede leer el archivo</translation>
    </message>
    <message>
      <source>column %1: not valid JSON: %2</source>
      <translation>columna %1: JSON no válido: %2</translation>
    </message>
    <message>
      <source>each line must be one JSON object</source>
      <translation>cada línea debe ser un objeto JSON</translation>
    </message>
    <message>
      <source>null is not a value; use {"clear": PATH}</source>
      <translation>null no es un valor; use {"clear": PATH}</translation>
    </message>
    <message>
      <source>the form has no language '%1'</source>
      <translation>el formulario no tiene el idioma '%1'</translation>
    </message>
    <message>
      <source>the step to apply</source>
      <translation>el paso que aplicar</translation>
    </message>
    <message>
      <source>unknown expectation '%1'; the expectations are relevant, not_relevant, value, outcome, text, complete and rows</source>
      <translation>expectativa desconocida '%1'; las expectativas son relevant, not_relevant, value, outcome, text, complete y rows</translation>
    </message>
    <message>
      <source>unknown key '%1' in this step</source>
      <translation>clave desconocida '%1' en este paso</translation>
    </message>
    <message>
      <source>unknown step: a step has one of answer, clear, toggle, add_row, remove_row, confirm, language, complete or expect</source>
      <translation>paso desconocido: un paso tiene uno de answer, clear, toggle, add_row, remove_row, confirm, language, complete o expect</translation>
    </message>
  </context>
  <context>
    <name>Store</name>
    <message>
      <source>%1 cannot be read: permission denied</source>
      <translation>no se puede leer %1: permiso denegado</translation>
    </message>
    <message>
      <source>%1 does not exist</source>
      <translation>%1 no existe</translation>
    </message>
    <message>
      <source>%1 failed for %2: %3; nothing was changed</source>
      <translation>%1 falló para %2: %3; no se cambió nada</translation>
    </message>
    <message>
      <source>%1 holds no interviews: it is empty, not an Enumera database</source>
      <translation>%1 no contiene entrevistas: está vacío, no es una base de datos de Enumera</translation>
    </message>
    <message>
      <source>%1 is a SQLite database of another program, not an Enumera database; it was left as it is</source>
      <translation>%1 es una base de datos SQLite de otro programa, no una base de datos de Enumera; se dejó como estaba</translation>
    </message>
    <message>
      <source>%1 is a folder, not a database</source>
      <translation>%1 es una carpeta, no una base de datos</translation>
    </message>
    <message>
      <source>%1 is damaged (%2); it was left as it is</source>
      <translation>%1 está dañado (%2); se dejó como estaba</translation>
    </message>
    <message>
      <source>%1 is damaged: the file is shorter than its header says (%2 of %3 bytes), perhaps an interrupted copy; it was left as it is</source>
      <translation>%1 está dañado: el archivo es más corto de lo que dice su encabezado (%2 de %3 bytes), quizá una copia interrumpida; se dejó como estaba</translation>
    </message>
    <message>
      <source>%1 is not an Enumera database (it is not a SQLite file); it was left as it is</source>
      <translation>%1 no es una base de datos de Enumera (no es un archivo SQLite); se dejó como estaba</translation>
    </message>
    <message>
      <source>%1 was written by a newer version of Enumera (database schema %2; this version knows schema %3 at most); it was left as it is. Update Enumera to open it.</source>
      <translation>%1 fue escrito por una versión más reciente de Enumera (esquema de base de datos %2; esta versión conoce hasta el esquema %3); se dejó como estaba. Actualice Enumera para abrirlo.</translation>
    </message>
    <message>
      <source>%1 was written by an earlier version of Enumera (database schema %2) and has to be brought up to date before it can be read, which means writing to it, and it cannot be written where it is: it was left as it is. Read a copy of it that can be written.</source>
      <translation>%1 fue escrita por una versión anterior de Enumera (esquema de base de datos %2) y hay que actualizarla antes de poder leerla, lo que supone escribir en ella, y no se puede escribir donde está: se dejó como estaba. Lea una copia en la que se pueda escribir.</translation>
    </message>
    <message>
      <source>an interview that is %1 cannot become %2</source>
      <translation>una entrevista que está %1 no puede pasar a %2</translation>
    </message>
    <message>
      <source>the answer at %1 of interview %2 is damaged</source>
      <translation>la respuesta en %1 de la entrevista %2 está dañada</translation>
    </message>
    <message>
      <source>the database is damaged</source>
      <translation>la base de datos está dañada</translation>
    </message>
    <message>
      <source>the database is in use by another program</source>
      <translation>otro programa está usando la base de datos</translation>
    </message>
    <message>
      <source>the database or its folder cannot be written (permission denied or a read-only disk)</source>
      <translation>no se puede escribir en la base de datos o en su carpeta (permiso denegado o disco de solo lectura)</translation>
    </message>
    <message>
      <source>the disk could not be read or written</source>
      <translation>no se pudo leer o escribir el disco</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>el disco está lleno</translation>
    </message>
    <message>
      <source>the file is not an Enumera database</source>
      <translation>el archivo no es una base de datos de Enumera</translation>
    </message>
    <message>
      <source>the form %1 %2 stored in %3 does not load: %4</source>
      <translation>el formulario %1 %2 guardado en %3 no carga: %4</translation>
    </message>
    <message>
      <source>the form %1 %2 stored in %3 is damaged: its files are not readable</source>
      <translation>el formulario %1 %2 guardado en %3 está dañado: sus archivos no se pueden leer</translation>
    </message>
    <message>
      <source>the form %1 is not in %2</source>
      <translation>el formulario %1 no está en %2</translation>
    </message>
    <message>
      <source>there is no interview %1 in %2</source>
      <translation>no hay ninguna entrevista %1 en %2</translation>
    </message>
  </context>
  <context>
    <name>SyncAssignments</name>
    <message>
      <source>an assignment needs the household's identification</source>
      <translation>una asignación necesita la identificación del hogar</translation>
    </message>
    <message>
      <source>assignment %1 was started already: interview %2</source>
      <translation>la asignación %1 ya se empezó: entrevista %2</translation>
    </message>
    <message>
      <source>cancelling the assignment</source>
      <translation>cancelando la asignación</translation>
    </message>
    <message>
      <source>enumerator %1 is revoked</source>
      <translation>el encuestador %1 está revocado</translation>
    </message>
    <message>
      <source>keeping the assignment</source>
      <translation>guardando la asignación</translation>
    </message>
    <message>
      <source>listing the assignments</source>
      <translation>listando las asignaciones</translation>
    </message>
    <message>
      <source>noting the interview of the assignment</source>
      <translation>anotando la entrevista de la asignación</translation>
    </message>
    <message>
      <source>publishing the form</source>
      <translation>publicando el formulario</translation>
    </message>
    <message>
      <source>the preloaded answer %1 cannot be given: %2</source>
      <translation>la respuesta precargada %1 no se puede dar: %2</translation>
    </message>
    <message>
      <source>the preloaded answers are a JSON object {"path": value}</source>
      <translation>las respuestas precargadas son un objeto JSON {"path": value}</translation>
    </message>
    <message>
      <source>the supervisor cancelled assignment %1</source>
      <translation>el supervisor canceló la asignación %1</translation>
    </message>
    <message>
      <source>the team has no enumerator %1</source>
      <translation>el equipo no tiene ningún encuestador %1</translation>
    </message>
    <message>
      <source>there is no assignment %1</source>
      <translation>no existe la asignación %1</translation>
    </message>
  </context>
  <context>
    <name>SyncCli</name>
    <message>
      <source>  (a pairing code is waiting)</source>
      <translation>  (hay un código de emparejamiento en espera)</translation>
    </message>
    <message>
      <source>  (cancelled)</source>
      <translation>  (cancelada)</translation>
    </message>
    <message>
      <source>  (started: interview %1)</source>
      <translation>  (empezada: entrevista %1)</translation>
    </message>
    <message>
      <source>  comment by %1 at %2%3: %4</source>
      <translation>  comentario de %1 el %2%3: %4</translation>
    </message>
    <message>
      <source>  received %1: revision %2, %3 (%4)</source>
      <translation>  recibida %1: revisión %2, %3 (%4)</translation>
    </message>
    <message>
      <source>%1  %2  %3  from %4: the server's copy is %5 (revision %6), the enumerator's is %7 (revision %8), %9 answer(s) differ%10</source>
      <translation>%1  %2  %3  de %4: la copia del servidor está %5 (revisión %6), la del encuestador está %7 (revisión %8), %9 respuesta(s) difieren%10</translation>
    </message>
    <message>
      <source>%1 interview(s) changed on this laptop were not replaced by the server's copy; they go to the supervisor at the next sync</source>
      <translation>%1 entrevista(s) cambiadas en esta computadora no se reemplazaron por la copia del servidor; van al supervisor en la próxima sincronización</translation>
    </message>
    <message>
      <source>%1 needs a value</source>
      <translation>%1 necesita un valor</translation>
    </message>
    <message>
      <source>%1 was imported before: nothing was stored twice</source>
      <translation>%1 ya se importó antes: no se guardó nada dos veces</translation>
    </message>
    <message>
      <source>%1: %2 interview(s) from %3, for the supervisor's laptop (sync import there)</source>
      <translation>%1: %2 entrevista(s) de %3, para la computadora del supervisor (sync import allí)</translation>
    </message>
    <message>
      <source>%1: the answer, for %2's laptop (sync import there)</source>
      <translation>%1: la respuesta, para la computadora de %2 (sync import allí)</translation>
    </message>
    <message>
      <source>%1: what the supervisor sends back to %2 (%3 interview(s))</source>
      <translation>%1: lo que el supervisor devuelve a %2 (%3 entrevista(s))</translation>
    </message>
    <message>
      <source>--comment takes PATH=TEXT, such as "members[2].q5=Check the age"</source>
      <translation>--comment admite RUTA=TEXTO, como "members[2].q5=Revise la edad"</translation>
    </message>
    <message>
      <source>--listen takes ADDRESS:PORT, such as 0.0.0.0:8443 or 127.0.0.1:0 (any free port)</source>
      <translation>--listen admite DIRECCIÓN:PUERTO, como 0.0.0.0:8443 o 127.0.0.1:0 (cualquier puerto libre)</translation>
    </message>
    <message>
      <source>--preload takes a JSON object, such as '{"household_id": "H-0001"}'</source>
      <translation>--preload admite un objeto JSON, como '{"household_id": "H-0001"}'</translation>
    </message>
    <message>
      <source>also at %1://%2:%3</source>
      <translation>también en %1://%2:%3</translation>
    </message>
    <message>
      <source>assignment %1: household %2 for %3, form %4 %5</source>
      <translation>asignación %1: hogar %2 para %3, formulario %4 %5</translation>
    </message>
    <message>
      <source>certificate SHA-256 %1</source>
      <translation>certificado SHA-256 %1</translation>
    </message>
    <message>
      <source>certificate SHA-256 %1 pinned</source>
      <translation>certificado SHA-256 %1 fijado</translation>
    </message>
    <message>
      <source>conflict %1 settled: the enumerator's version is now the interview</source>
      <translation>conflicto %1 resuelto: la versión del encuestador es ahora la entrevista</translation>
    </message>
    <message>
      <source>conflict %1 settled: the supervisor's copy stays; the enumerator's version is kept in the conflict</source>
      <translation>conflicto %1 resuelto: se mantiene la copia del supervisor; la versión del encuestador se guarda en el conflicto</translation>
    </message>
    <message>
      <source>enumera approve --db DB INTERVIEW [--comment TEXT] [--as NAME]</source>
      <translation>enumera approve --db DB INTERVIEW [--comment TEXT] [--as NAME]</translation>
    </message>
    <message>
      <source>enumera assign --db DB --enumerator CODE --household TEXT --form FORM [--preload JSON]</source>
      <translation>enumera assign --db DB --enumerator CODE --household TEXT --form FORM [--preload JSON]</translation>
    </message>
    <message>
      <source>enumera assignments --db DB [--json] [--start ID]</source>
      <translation>enumera assignments --db DB [--json] [--start ID]</translation>
    </message>
    <message>
      <source>enumera conflicts --db DB [--all] [--json] | conflicts resolve --db DB CONFLICT|INTERVIEW --keep server|enumerator [--as NAME]</source>
      <translation>enumera conflicts --db BD [--all] [--json] | conflicts resolve --db BD CONFLICTO|ENTREVISTA --keep server|enumerator [--as NOMBRE]</translation>
    </message>
    <message>
      <source>enumera forms publish --db DB FORM</source>
      <translation>enumera forms publish --db DB FORM</translation>
    </message>
    <message>
      <source>enumera history --db DB INTERVIEW [--json]</source>
      <translation>enumera history --db DB INTERVIEW [--json]</translation>
    </message>
    <message>
      <source>enumera pair --db DB --server URL --code CODE [--fingerprint HEX] [--device NAME] [--insecure-http]</source>
      <translation>enumera pair --db DB --server URL --code CODE [--fingerprint HEX] [--device NAME] [--insecure-http]</translation>
    </message>
    <message>
      <source>enumera reject --db DB INTERVIEW --reason TEXT [--comment PATH=TEXT]... [--as NAME]</source>
      <translation>enumera reject --db DB INTERVIEW --reason TEXT [--comment PATH=TEXT]... [--as NAME]</translation>
    </message>
    <message>
      <source>enumera serve --db DB [--listen ADDRESS:PORT] [--insecure-http]</source>
      <translation>enumera serve --db DB [--listen ADDRESS:PORT] [--insecure-http]</translation>
    </message>
    <message>
      <source>enumera sync --db DB [--server URL] [--include-in-progress] | sync export --db DB --out FILE [--enumerator CODE] [--include-in-progress] | sync import --db DB FILE [--answer FILE]</source>
      <translation>enumera sync --db DB [--server URL] [--include-in-progress] | sync export --db DB --out FILE [--enumerator CODE] [--include-in-progress] | sync import --db DB FILE [--answer FILE]</translation>
    </message>
    <message>
      <source>enumera team add --db DB --name NAME [--code CODE] | team code --db DB CODE | team list --db DB [--json] | team revoke --db DB CODE</source>
      <translation>enumera team add --db DB --name NAME [--code CODE] | team code --db DB CODE | team list --db DB [--json] | team revoke --db DB CODE</translation>
    </message>
    <message>
      <source>enumerator %1 (%2)</source>
      <translation>encuestador %1 (%2)</translation>
    </message>
    <message>
      <source>enumerator %1 revoked: the server refuses that laptop from now on</source>
      <translation>encuestador %1 revocado: el servidor rechaza esa computadora desde ahora</translation>
    </message>
    <message>
      <source>form %1 %2 published: every enumerator receives it at the next sync</source>
      <translation>formulario %1 %2 publicado: cada encuestador lo recibe en la próxima sincronización</translation>
    </message>
    <message>
      <source>from %1: %2 interview(s): %3 stored, %4 already there, %5 conflict(s)</source>
      <translation>de %1: %2 entrevista(s): %3 guardadas, %4 ya estaban, %5 conflicto(s)</translation>
    </message>
    <message>
      <source>interview %1 (%2): %3, revision %4</source>
      <translation>entrevista %1 (%2): %3, revisión %4</translation>
    </message>
    <message>
      <source>interview %1 approved</source>
      <translation>entrevista %1 aprobada</translation>
    </message>
    <message>
      <source>interview %1 has no open conflict (enumera conflicts lists them)</source>
      <translation>la entrevista %1 no tiene ningún conflicto abierto (enumera conflicts los enumera)</translation>
    </message>
    <message>
      <source>interview %1 rejected: it goes back to the enumerator at the next sync</source>
      <translation>entrevista %1 rechazada: vuelve al encuestador en la próxima sincronización</translation>
    </message>
    <message>
      <source>interview %1 started for household %2</source>
      <translation>entrevista %1 empezada para el hogar %2</translation>
    </message>
    <message>
      <source>last seen %1</source>
      <translation>visto por última vez %1</translation>
    </message>
    <message>
      <source>listening on %1 for %2</source>
      <translation>escuchando en %1 para %2</translation>
    </message>
    <message>
      <source>never seen</source>
      <translation>nunca visto</translation>
    </message>
    <message>
      <source>nothing to send</source>
      <translation>nada que enviar</translation>
    </message>
    <message>
      <source>paired as %1 (%2) with the server at %3</source>
      <translation>emparejada como %1 (%2) con el servidor en %3</translation>
    </message>
    <message>
      <source>pairing code %1, for one use, valid until %2</source>
      <translation>código de emparejamiento %1, para un solo uso, válido hasta %2</translation>
    </message>
    <message>
      <source>plain HTTP: for tests on this computer only; anyone on the network can read and change what is sent</source>
      <translation>HTTP sin cifrar: solo para pruebas en esta computadora; cualquiera en la red puede leer y cambiar lo que se envía</translation>
    </message>
    <message>
      <source>received: %1 interview(s) to correct, %2 approved, %3 other change(s), %4 new form(s), %5 assignment(s)</source>
      <translation>recibido: %1 entrevista(s) por corregir, %2 aprobadas, %3 otro(s) cambio(s), %4 formulario(s) nuevo(s), %5 asignación(es)</translation>
    </message>
    <message>
      <source>refused: %1</source>
      <translation>rechazado: %1</translation>
    </message>
    <message>
      <source>sent %1 interview(s): %2 stored, %3 already there, %4 kept beside the supervisor's copy as a conflict</source>
      <translation>enviadas %1 entrevista(s): %2 guardadas, %3 ya estaban, %4 guardadas junto a la copia del supervisor como conflicto</translation>
    </message>
    <message>
      <source>server certificate SHA-256 %1</source>
      <translation>certificado del servidor SHA-256 %1</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>detenido</translation>
    </message>
    <message>
      <source>the form %1 has errors</source>
      <translation>el formulario %1 tiene errores</translation>
    </message>
    <message>
      <source>unknown option %1</source>
      <translation>opción desconocida %1</translation>
    </message>
    <message>
      <source>usage: %1</source>
      <translation>uso: %1</translation>
    </message>
  </context>
  <context>
    <name>SyncClient</name>
    <message>
      <source>%1 is not a server address</source>
      <translation>%1 no es una dirección de servidor</translation>
    </message>
    <message>
      <source>%1 is not a server address (https://ADDRESS:PORT)</source>
      <translation>%1 no es una dirección de servidor (https://DIRECCIÓN:PUERTO)</translation>
    </message>
    <message>
      <source>%1 is not an Enumera sync server</source>
      <translation>%1 no es un servidor de sincronización de Enumera</translation>
    </message>
    <message>
      <source>%1 is plain HTTP, which anyone on the network can read and change; use the https:// address the supervisor gives</source>
      <translation>%1 es HTTP sin cifrar, que cualquiera en la red puede leer y cambiar; use la dirección https:// que da el supervisor</translation>
    </message>
    <message>
      <source>%1 showed no certificate</source>
      <translation>%1 no mostró ningún certificado</translation>
    </message>
    <message>
      <source>HTTP status %1</source>
      <translation>estado HTTP %1</translation>
    </message>
    <message>
      <source>a pairing code is 12 letters and digits, such as ABCD-EFGH-JKMN (there is no 0, O, 1, I or L in them)</source>
      <translation>un código de emparejamiento tiene 12 letras y dígitos, como ABCD-EFGH-JKMN (no lleva 0, O, 1, I ni L)</translation>
    </message>
    <message>
      <source>an interview holds text that is not valid UTF-8 (%1)</source>
      <translation>una entrevista contiene texto que no es UTF-8 válido (%1)</translation>
    </message>
    <message>
      <source>the certificate of %1 begins %2, not %3 as the supervisor read out: this may be another computer than the supervisor's (on another network?). Nothing was sent; check the address and the digits with your supervisor</source>
      <translation>el certificado de %1 empieza por %2, no por %3 como leyó el supervisor: puede ser otra computadora y no la del supervisor (¿otra red?). No se envió nada; verifique la dirección y los dígitos con su supervisor</translation>
    </message>
    <message>
      <source>the connection to %1 failed: %2</source>
      <translation>la conexión con %1 falló: %2</translation>
    </message>
    <message>
      <source>the server %1 was not found on the network</source>
      <translation>no se encontró el servidor %1 en la red</translation>
    </message>
    <message>
      <source>the server at %1 closed the connection before answering</source>
      <translation>el servidor en %1 cerró la conexión antes de responder</translation>
    </message>
    <message>
      <source>the server at %1 did not answer in time</source>
      <translation>el servidor en %1 no respondió a tiempo</translation>
    </message>
    <message>
      <source>the server at %1 refused the connection: is the supervisor's server running, and is this the right address?</source>
      <translation>el servidor en %1 rechazó la conexión: ¿está funcionando el servidor del supervisor, y es esta la dirección correcta?</translation>
    </message>
    <message>
      <source>the server at %1 showed a certificate (SHA-256 %2) that is not the one pinned at pairing (%3): it may be another computer; nothing was sent. If the supervisor's server has a new certificate, pair again.</source>
      <translation>el servidor en %1 mostró un certificado (SHA-256 %2) que no es el fijado al emparejar (%3): puede ser otra computadora; no se envió nada. Si el servidor del supervisor tiene un certificado nuevo, vuelva a emparejar.</translation>
    </message>
    <message>
      <source>the server at %1 showed a certificate that is not the one pinned at pairing</source>
      <translation>el servidor en %1 mostró un certificado que no es el fijado al emparejar</translation>
    </message>
    <message>
      <source>the server refused the request: %1</source>
      <translation>el servidor rechazó la solicitud: %1</translation>
    </message>
    <message>
      <source>the server's answer does not prove that it knows the pairing code: the connection is not direct to the supervisor's server; nothing was kept</source>
      <translation>la respuesta del servidor no prueba que conozca el código de emparejamiento: la conexión no es directa con el servidor del supervisor; no se guardó nada</translation>
    </message>
    <message>
      <source>the server's answer is not JSON</source>
      <translation>la respuesta del servidor no es JSON</translation>
    </message>
    <message>
      <source>the server's answer to pairing is not valid</source>
      <translation>la respuesta del servidor al emparejamiento no es válida</translation>
    </message>
    <message>
      <source>this laptop is not paired with a supervisor's server yet (enumera pair)</source>
      <translation>esta computadora aún no está emparejada con el servidor de un supervisor (enumera pair)</translation>
    </message>
    <message>
      <source>this laptop was paired over HTTPS; it does not send interviews over plain HTTP (%1)</source>
      <translation>esta computadora se emparejó por HTTPS; no envía entrevistas por HTTP sin cifrar (%1)</translation>
    </message>
    <message>
      <source>this laptop was paired over plain HTTP, so it cannot check %1's certificate; pair again over HTTPS</source>
      <translation>esta computadora se emparejó por HTTP sin cifrar, así que no puede verificar el certificado de %1; vuelva a emparejar por HTTPS</translation>
    </message>
  </context>
  <context>
    <name>SyncCrypto</name>
    <message>
      <source>a signing key could not be made: %1</source>
      <translation>no se pudo crear una clave de firma: %1</translation>
    </message>
    <message>
      <source>signing failed: %1</source>
      <translation>la firma falló: %1</translation>
    </message>
    <message>
      <source>the server's TLS certificate could not be made: %1</source>
      <translation>no se pudo crear el certificado TLS del servidor: %1</translation>
    </message>
    <message>
      <source>the signing key is damaged: %1</source>
      <translation>la clave de firma está dañada: %1</translation>
    </message>
    <message>
      <source>unknown error</source>
      <translation>error desconocido</translation>
    </message>
  </context>
  <context>
    <name>SyncData</name>
    <message>
      <source>"%1" is missing or not a text</source>
      <translation>"%1" falta o no es un texto</translation>
    </message>
    <message>
      <source>"%1" is missing or not a whole number</source>
      <translation>"%1" falta o no es un número entero</translation>
    </message>
    <message>
      <source>"%1" is not a status</source>
      <translation>"%1" no es un estado</translation>
    </message>
    <message>
      <source>"answers" is missing or not a list</source>
      <translation>"answers" falta o no es una lista</translation>
    </message>
    <message>
      <source>"comments" is missing or not a list</source>
      <translation>"comments" falta o no es una lista</translation>
    </message>
    <message>
      <source>"completed" is missing or of the wrong type</source>
      <translation>"completed" falta o es de un tipo equivocado</translation>
    </message>
    <message>
      <source>"confirmations" is missing or not a list</source>
      <translation>"confirmations" falta o no es una lista</translation>
    </message>
    <message>
      <source>"discarded" is missing or not true or false</source>
      <translation>"discarded" falta o no es true ni false</translation>
    </message>
    <message>
      <source>"events" is missing or not a list</source>
      <translation>"events" falta o no es una lista</translation>
    </message>
    <message>
      <source>"rows" is missing or not a list</source>
      <translation>"rows" falta o no es una lista</translation>
    </message>
    <message>
      <source>a comment is not [origin, id, path, author, text, at, offset]</source>
      <translation>un comentario no es [origin, id, path, author, text, at, offset]</translation>
    </message>
    <message>
      <source>a confirmation is not [path, reason]</source>
      <translation>una confirmación no es [path, reason]</translation>
    </message>
    <message>
      <source>a file of form %1 is not {"name", "text"}</source>
      <translation>un archivo del formulario %1 no es {"name", "text"}</translation>
    </message>
    <message>
      <source>a form is not {"hash", "form_id", "version", "sources"}</source>
      <translation>un formulario no es {"hash", "form_id", "version", "sources"}</translation>
    </message>
    <message>
      <source>a row is not a path</source>
      <translation>una fila no es una ruta</translation>
    </message>
    <message>
      <source>an answer is not [path, kind, value]</source>
      <translation>una respuesta no es [path, kind, value]</translation>
    </message>
    <message>
      <source>an event is not [origin, seq, at, offset, user, kind, path, old, new]</source>
      <translation>un evento no es [origin, seq, at, offset, user, kind, path, old, new]</translation>
    </message>
    <message>
      <source>an interview is not a JSON object</source>
      <translation>una entrevista no es un objeto JSON</translation>
    </message>
    <message>
      <source>interview %1: %2</source>
      <translation>entrevista %1: %2</translation>
    </message>
    <message>
      <source>its checksum does not match its content (it was damaged on the way)</source>
      <translation>su suma de verificación no coincide con su contenido (se dañó en el camino)</translation>
    </message>
    <message>
      <source>the answer at %1 is not a valid value</source>
      <translation>la respuesta en %1 no es un valor válido</translation>
    </message>
    <message>
      <source>the files of form %1 do not match its hash (they were damaged on the way)</source>
      <translation>los archivos del formulario %1 no coinciden con su hash (se dañaron en el camino)</translation>
    </message>
    <message>
      <source>the form %1 does not load</source>
      <translation>el formulario %1 no carga</translation>
    </message>
    <message>
      <source>the form %1 is not the form its files define</source>
      <translation>el formulario %1 no es el que definen sus archivos</translation>
    </message>
    <message>
      <source>the interview's id or form hash is not valid</source>
      <translation>el id o el hash del formulario de la entrevista no es válido</translation>
    </message>
    <message>
      <source>the revision is not a positive number</source>
      <translation>la revisión no es un número positivo</translation>
    </message>
  </context>
  <context>
    <name>SyncEnumerator</name>
    <message>
      <source>; nothing was taken</source>
      <translation>; no se tomó nada</translation>
    </message>
    <message>
      <source>a receipt of the server's answer is not valid; nothing was marked as sent</source>
      <translation>un recibo de la respuesta del servidor no es válido; no se marcó nada como enviado</translation>
    </message>
    <message>
      <source>an assignment from the server is not valid; nothing was taken</source>
      <translation>una asignación del servidor no es válida; no se tomó nada</translation>
    </message>
    <message>
      <source>interview %1: %2</source>
      <translation>entrevista %1: %2</translation>
    </message>
    <message>
      <source>listing the interviews to send</source>
      <translation>listando las entrevistas por enviar</translation>
    </message>
    <message>
      <source>marking the interviews sent</source>
      <translation>marcando las entrevistas como enviadas</translation>
    </message>
    <message>
      <source>reading the forms</source>
      <translation>leyendo los formularios</translation>
    </message>
    <message>
      <source>reading the interviews to send</source>
      <translation>leyendo las entrevistas por enviar</translation>
    </message>
    <message>
      <source>reading the pairing</source>
      <translation>leyendo el emparejamiento</translation>
    </message>
    <message>
      <source>saving the clock's offset</source>
      <translation>guardando la diferencia del reloj</translation>
    </message>
    <message>
      <source>saving the pairing</source>
      <translation>guardando el emparejamiento</translation>
    </message>
    <message>
      <source>taking what the server sent</source>
      <translation>tomando lo que envió el servidor</translation>
    </message>
    <message>
      <source>the answer is not signed by the server this laptop was paired with (it was changed on the way, or it comes from another computer); it was not used</source>
      <translation>la respuesta no está firmada por el servidor con el que se emparejó esta computadora (se cambió en el camino, o viene de otra computadora); no se usó</translation>
    </message>
    <message>
      <source>the server's answer has no receipts; nothing was marked as sent</source>
      <translation>la respuesta del servidor no tiene recibos; no se marcó nada como enviado</translation>
    </message>
    <message>
      <source>the server's answer to the pull is not valid; nothing was taken</source>
      <translation>la respuesta del servidor al pull no es válida; no se tomó nada</translation>
    </message>
  </context>
  <context>
    <name>SyncPackage</name>
    <message>
      <source>%1 cannot be read: %2</source>
      <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
      <source>%1 cannot be written: %2</source>
      <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
      <source>%1 is a sync package of an unknown kind (%2)</source>
      <translation>%1 es un paquete de sincronización de un tipo desconocido (%2)</translation>
    </message>
    <message>
      <source>%1 is a sync package of format %2, which this version of Enumera does not know (it reads format 1): update Enumera; %3</source>
      <translation>%1 es un paquete de sincronización de formato %2, que esta versión de Enumera no conoce (lee el formato 1): actualice Enumera; %3</translation>
    </message>
    <message>
      <source>%1 is an enumerator's package, for the supervisor's laptop</source>
      <translation>%1 es un paquete de un encuestador, para la computadora del supervisor</translation>
    </message>
    <message>
      <source>%1 is cut short (its header is incomplete), perhaps an interrupted copy; %2</source>
      <translation>%1 está incompleto (su encabezado no está completo), quizá una copia interrumpida; %2</translation>
    </message>
    <message>
      <source>%1 is cut short: it holds %2 of its %3 bytes, perhaps an interrupted copy; %4</source>
      <translation>%1 está incompleto: contiene %2 de sus %3 bytes, quizá una copia interrumpida; %4</translation>
    </message>
    <message>
      <source>%1 is damaged: its content does not match its checksum; %2</source>
      <translation>%1 está dañado: su contenido no coincide con su suma de verificación; %2</translation>
    </message>
    <message>
      <source>%1 is damaged: its header is not valid; %2</source>
      <translation>%1 está dañado: su encabezado no es válido; %2</translation>
    </message>
    <message>
      <source>%1 is not an Enumera sync package; %2</source>
      <translation>%1 no es un paquete de sincronización de Enumera; %2</translation>
    </message>
    <message>
      <source>%1 is not an answer that can be taken</source>
      <translation>%1 no es una respuesta que se pueda aceptar</translation>
    </message>
    <message>
      <source>%1 is the supervisor's answer for an enumerator's laptop, not a package from an enumerator</source>
      <translation>%1 es la respuesta del supervisor para la computadora de un encuestador, no un paquete de un encuestador</translation>
    </message>
    <message>
      <source>%1 was made by another supervisor's server, or for another enumerator; nothing was taken</source>
      <translation>%1 fue hecho por el servidor de otro supervisor, o para otro encuestador; no se tomó nada</translation>
    </message>
    <message>
      <source>%1 was made for another supervisor's server; nothing was stored</source>
      <translation>%1 fue hecho para el servidor de otro supervisor; no se guardó nada</translation>
    </message>
    <message>
      <source>%1 was made with sync protocol %2, which this version of Enumera does not speak (it speaks protocol %3): %4; %5</source>
      <translation>%1 se hizo con el protocolo de sincronización %2, que esta versión de Enumera no habla (habla el protocolo %3): %4; %5</translation>
    </message>
    <message>
      <source>%1 was refused: %2</source>
      <translation>%1 fue rechazado: %2</translation>
    </message>
    <message>
      <source>an interview holds text that is not valid UTF-8 (%1)</source>
      <translation>una entrevista contiene texto que no es UTF-8 válido (%1)</translation>
    </message>
    <message>
      <source>interview %1: %2</source>
      <translation>entrevista %1: %2</translation>
    </message>
    <message>
      <source>nothing was stored</source>
      <translation>no se guardó nada</translation>
    </message>
    <message>
      <source>reading the forms</source>
      <translation>leyendo los formularios</translation>
    </message>
    <message>
      <source>the team has no enumerator %1</source>
      <translation>el equipo no tiene ningún encuestador %1</translation>
    </message>
    <message>
      <source>this laptop is not paired with a supervisor's server yet (enumera pair): a package needs the pairing's keys</source>
      <translation>esta computadora aún no está emparejada con el servidor de un supervisor (enumera pair): un paquete necesita las claves del emparejamiento</translation>
    </message>
    <message>
      <source>this laptop is not paired with a supervisor's server, so it cannot check %1</source>
      <translation>esta computadora no está emparejada con el servidor de un supervisor, así que no puede verificar %1</translation>
    </message>
    <message>
      <source>update Enumera</source>
      <translation>actualice Enumera</translation>
    </message>
    <message>
      <source>update the other laptop</source>
      <translation>actualice la otra computadora</translation>
    </message>
  </context>
  <context>
    <name>SyncReceiver</name>
    <message>
      <source>%1 takes %2</source>
      <translation>%1 admite %2</translation>
    </message>
    <message>
      <source>; nothing was stored</source>
      <translation>; no se guardó nada</translation>
    </message>
    <message>
      <source>a pairing request is {"public_key", "nonce", "proof", "device"}</source>
      <translation>una solicitud de emparejamiento es {"public_key", "nonce", "proof", "device"}</translation>
    </message>
    <message>
      <source>a pull is {"since": CURSOR}</source>
      <translation>un pull es {"since": CURSOR}</translation>
    </message>
    <message>
      <source>a push is {"interviews": [...], "forms": [...]}</source>
      <translation>un push es {"interviews": [...], "forms": [...]}</translation>
    </message>
    <message>
      <source>enumerator %1 has not paired a laptop yet</source>
      <translation>el encuestador %1 aún no ha emparejado una computadora</translation>
    </message>
    <message>
      <source>enumerator %1 was revoked by the supervisor; nothing was stored</source>
      <translation>el supervisor revocó al encuestador %1; no se guardó nada</translation>
    </message>
    <message>
      <source>interview %1: "base_version" is missing or not a whole number</source>
      <translation>entrevista %1: "base_version" falta o no es un número entero</translation>
    </message>
    <message>
      <source>the interview was received from enumerator %1</source>
      <translation>la entrevista se recibió del encuestador %1</translation>
    </message>
    <message>
      <source>the pairing code is not valid: it is mistyped, expired or already used, or the connection to the server is not direct; ask the supervisor for a new code</source>
      <translation>el código de emparejamiento no es válido: está mal escrito, venció o ya se usó, o la conexión con el servidor no es directa; pida un código nuevo al supervisor</translation>
    </message>
    <message>
      <source>the pairing request's key or nonce is not valid</source>
      <translation>la clave o el nonce de la solicitud de emparejamiento no es válido</translation>
    </message>
    <message>
      <source>the request does not say which sync protocol it speaks (header Enumera-Protocol)</source>
      <translation>la solicitud no dice qué protocolo de sincronización habla (encabezado Enumera-Protocol)</translation>
    </message>
    <message>
      <source>the request is not signed (headers Enumera-Enumerator, Enumera-Timestamp, Enumera-Nonce and Enumera-Signature)</source>
      <translation>la solicitud no está firmada (encabezados Enumera-Enumerator, Enumera-Timestamp, Enumera-Nonce y Enumera-Signature)</translation>
    </message>
    <message>
      <source>the request is too large for the server; send fewer interviews at a time</source>
      <translation>la solicitud es demasiado grande para el servidor; envíe menos entrevistas a la vez</translation>
    </message>
    <message>
      <source>the request speaks sync protocol %1, which this server does not know (it speaks protocol %2): update Enumera on the supervisor's laptop</source>
      <translation>la solicitud habla el protocolo de sincronización %1, que este servidor no conoce (habla el protocolo %2): actualice Enumera en la computadora del supervisor</translation>
    </message>
    <message>
      <source>the request speaks sync protocol %1, which this server no longer speaks (it speaks protocol %2): update Enumera on this laptop</source>
      <translation>la solicitud habla el protocolo de sincronización %1, que este servidor ya no habla (habla el protocolo %2): actualice Enumera en esta computadora</translation>
    </message>
    <message>
      <source>the request's body is not a JSON object</source>
      <translation>el cuerpo de la solicitud no es un objeto JSON</translation>
    </message>
    <message>
      <source>the request's time (%1) is more than %2 minutes from the server's (%3)</source>
      <translation>la hora de la solicitud (%1) difiere en más de %2 minutos de la del servidor (%3)</translation>
    </message>
    <message>
      <source>the server could not store the request (%1); nothing was stored: try again</source>
      <translation>el servidor no pudo guardar la solicitud (%1); no se guardó nada: inténtelo de nuevo</translation>
    </message>
    <message>
      <source>the server could not write its answer; ask again</source>
      <translation>el servidor no pudo escribir su respuesta; vuelva a pedirla</translation>
    </message>
    <message>
      <source>the server does not have the form this interview was started on; send it with the interview</source>
      <translation>el servidor no tiene el formulario con que se empezó esta entrevista; envíelo con la entrevista</translation>
    </message>
    <message>
      <source>the server holds an interview with this id that was not received from an enumerator</source>
      <translation>el servidor tiene una entrevista con este id que no se recibió de un encuestador</translation>
    </message>
    <message>
      <source>the signature does not verify: the content was changed after it was signed, or it was not signed by the laptop paired as %1; nothing was stored</source>
      <translation>la firma no se verifica: el contenido cambió después de firmarse, o no lo firmó la computadora emparejada como %1; no se guardó nada</translation>
    </message>
    <message>
      <source>there is no %1 in sync protocol %2</source>
      <translation>no hay %1 en el protocolo de sincronización %2</translation>
    </message>
    <message>
      <source>this request was received before (the same nonce); it is not applied twice</source>
      <translation>esta solicitud ya se recibió antes (el mismo nonce); no se aplica dos veces</translation>
    </message>
    <message>
      <source>this server's team has no enumerator %1</source>
      <translation>el equipo de este servidor no tiene ningún encuestador %1</translation>
    </message>
  </context>
  <context>
    <name>SyncReview</name>
    <message>
      <source>%1 is not a question of interview %2: %3</source>
      <translation>%1 no es una pregunta de la entrevista %2: %3</translation>
    </message>
    <message>
      <source>a rejection needs a reason, for the enumerator</source>
      <translation>un rechazo necesita un motivo, para el encuestador</translation>
    </message>
    <message>
      <source>conflict %1 is already settled (%2)</source>
      <translation>el conflicto %1 ya está resuelto (%2)</translation>
    </message>
    <message>
      <source>interview %1 is still in progress: only a completed or approved interview can be rejected</source>
      <translation>la entrevista %1 sigue en curso: solo se puede rechazar una entrevista completada o aprobada</translation>
    </message>
    <message>
      <source>listing the conflicts</source>
      <translation>listando los conflictos</translation>
    </message>
    <message>
      <source>reading what was received</source>
      <translation>leyendo lo recibido</translation>
    </message>
    <message>
      <source>reading who sent the interviews</source>
      <translation>leer quién envió las entrevistas</translation>
    </message>
    <message>
      <source>settling the conflict</source>
      <translation>resolviendo el conflicto</translation>
    </message>
    <message>
      <source>the comment at %1 is empty</source>
      <translation>el comentario en %1 está vacío</translation>
    </message>
    <message>
      <source>there is no conflict %1</source>
      <translation>no existe el conflicto %1</translation>
    </message>
  </context>
  <context>
    <name>SyncServer</name>
    <message>
      <source>%1 cannot be read: %2</source>
      <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
      <source>%1 cannot be written: %2</source>
      <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
      <source>opening the database</source>
      <translation>abriendo la base de datos</translation>
    </message>
    <message>
      <source>the server's certificate %1 or its key %2 is damaged; remove both to make new ones (enumerators then pair again)</source>
      <translation>el certificado del servidor %1 o su clave %2 está dañado; elimine ambos para crear nuevos (los encuestadores tendrán que volver a emparejar)</translation>
    </message>
    <message>
      <source>the sync server cannot listen on %1 port %2 (in use, or not an address of this computer)</source>
      <translation>el servidor de sincronización no puede escuchar en %1 puerto %2 (en uso, o no es una dirección de esta computadora)</translation>
    </message>
  </context>
  <context>
    <name>SyncServerStorage</name>
    <message>
      <source>%1 has no sync identity</source>
      <translation>%1 no tiene identidad de sincronización</translation>
    </message>
    <message>
      <source>reading the server's identity</source>
      <translation>leyendo la identidad del servidor</translation>
    </message>
    <message>
      <source>storing what was received</source>
      <translation>guardando lo recibido</translation>
    </message>
  </context>
  <context>
    <name>SyncTeam</name>
    <message>
      <source>adding the enumerator</source>
      <translation>agregando al encuestador</translation>
    </message>
    <message>
      <source>an enumerator needs a name</source>
      <translation>un encuestador necesita un nombre</translation>
    </message>
    <message>
      <source>an enumerator's code is 1 to 32 letters, digits, '-' or '_' (%1 is not)</source>
      <translation>el código de un encuestador tiene de 1 a 32 letras, dígitos, '-' o '_' (%1 no lo es)</translation>
    </message>
    <message>
      <source>making a new pairing code</source>
      <translation>creando un nuevo código de emparejamiento</translation>
    </message>
    <message>
      <source>reading the team</source>
      <translation>leyendo el equipo</translation>
    </message>
    <message>
      <source>revoking the enumerator</source>
      <translation>revocando al encuestador</translation>
    </message>
    <message>
      <source>the team already has an enumerator %1</source>
      <translation>el equipo ya tiene un encuestador %1</translation>
    </message>
    <message>
      <source>the team has no enumerator %1</source>
      <translation>el equipo no tiene ningún encuestador %1</translation>
    </message>
  </context>
  <context>
    <name>Texts</name>
    <message>
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::CompleteDialog</name>
    <message>
      <source>Back to the interview</source>
      <translation>Volver a la entrevista</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>Completar</translation>
    </message>
    <message>
      <source>Complete the interview</source>
      <translation>Completar la entrevista</translation>
    </message>
    <message numerus="yes">
      <source>Complete with %n open question(s)</source>
      <translation>
        <numerusform>Completar con %n pregunta abierta</numerusform>
        <numerusform>Completar con %n preguntas abiertas</numerusform>
      </translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>Everything that is asked has been answered. The interview can be completed.</source>
      <translation>Todo lo que se pregunta está respondido. La entrevista se puede completar.</translation>
    </message>
    <message>
      <source>Not answered</source>
      <translation>Sin respuesta</translation>
    </message>
    <message>
      <source>Some questions are still open. Choose an entry to go to its question, or complete the interview as it stands.</source>
      <translation>Algunas preguntas siguen abiertas. Elija una entrada para ir a su pregunta, o complete la entrevista tal como está.</translation>
    </message>
    <message>
      <source>The interview cannot be completed while it has errors: correct them first. Choose an entry to go to its question.</source>
      <translation>La entrevista no se puede completar mientras tenga errores: corríjalos primero. Elija una entrada para ir a su pregunta.</translation>
    </message>
    <message>
      <source>Warning to confirm</source>
      <translation>Advertencia por confirmar</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::ConflictDialog</name>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>%1 changed this interview on their laptop (%2) after it changed here too. Both versions are kept; choose the one that becomes the interview. Answers that differ: %3.</source>
      <translation>%1 cambió esta entrevista en su computadora (%2) después de que cambiara aquí también. Se conservan las dos versiones; elija la que queda como entrevista. Respuestas que difieren: %3.</translation>
    </message>
    <message>
      <source>(no answer)</source>
      <translation>(sin respuesta)</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Conflicto</translation>
    </message>
    <message>
      <source>Conflict not settled</source>
      <translation>Conflicto no resuelto</translation>
    </message>
    <message>
      <source>Conflict on household %1</source>
      <translation>Conflicto en el hogar %1</translation>
    </message>
    <message>
      <source>Decide later</source>
      <translation>Decidir más tarde</translation>
    </message>
    <message>
      <source>It is settled already (%1).</source>
      <translation>Ya está resuelto (%1).</translation>
    </message>
    <message>
      <source>Keep the server's copy</source>
      <translation>Conservar la copia del servidor</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Pregunta</translation>
    </message>
    <message>
      <source>Take the enumerator's version</source>
      <translation>Tomar la versión del encuestador</translation>
    </message>
    <message>
      <source>The enumerator's version
(%1, revision %2)</source>
      <translation>La versión del encuestador
(%1, revisión %2)</translation>
    </message>
    <message>
      <source>The enumerator's version becomes the interview; nothing is deleted.</source>
      <translation>La versión del encuestador pasa a ser la entrevista; no se borra nada.</translation>
    </message>
    <message>
      <source>The server's copy
(%1, revision %2)</source>
      <translation>La copia del servidor
(%1, revisión %2)</translation>
    </message>
    <message>
      <source>This copy stays; the enumerator's laptop takes it at the next sync. Their version stays in the history.</source>
      <translation>Esta copia se queda; la computadora del encuestador la recibe en la próxima sincronización. Su versión queda en el historial.</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>aprobada</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>completada</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>en curso</translation>
    </message>
    <message>
      <source>sent back</source>
      <translation>devuelta</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::DateQuestionWidget</name>
    <message>
      <source>Not a date: write it as year-month-day, for example 2026-03-02.</source>
      <translation>No es una fecha: escríbala como año-mes-día, por ejemplo 2026-03-02.</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::HistoryDialog</name>
    <message>
      <source>%1 by %2</source>
      <translation>%1 por %2</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Después</translation>
    </message>
    <message>
      <source>Approved by %1</source>
      <translation>Aprobada por %1</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <source>Comment by %1 at %2</source>
      <translation>Comentario de %1 en %2</translation>
    </message>
    <message>
      <source>Completed by %1</source>
      <translation>Completada por %1</translation>
    </message>
    <message>
      <source>Conflict settled by %1: the enumerator's version taken</source>
      <translation>Conflicto resuelto por %1: se tomó la versión del encuestador</translation>
    </message>
    <message>
      <source>Conflict settled by %1: the server's copy kept</source>
      <translation>Conflicto resuelto por %1: se conservó la copia del servidor</translation>
    </message>
    <message>
      <source>Every change</source>
      <translation>Cada cambio</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <source>History of household %1</source>
      <translation>Historial del hogar %1</translation>
    </message>
    <message>
      <source>Now: %1, revision %2, from %3</source>
      <translation>Ahora: %1, revisión %2, de %3</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Pregunta</translation>
    </message>
    <message>
      <source>Revision %1 received (%2)</source>
      <translation>Revisión %1 recibida (%2)</translation>
    </message>
    <message>
      <source>Revisions and decisions</source>
      <translation>Revisiones y decisiones</translation>
    </message>
    <message>
      <source>Sent back by %1</source>
      <translation>Devuelta por %1</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <source>answer cleared</source>
      <translation>respuesta borrada</translation>
    </message>
    <message>
      <source>answer given</source>
      <translation>respuesta dada</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>aprobada</translation>
    </message>
    <message>
      <source>comment</source>
      <translation>comentario</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>completada</translation>
    </message>
    <message>
      <source>conflict settled</source>
      <translation>conflicto resuelto</translation>
    </message>
    <message>
      <source>discarded</source>
      <translation>descartada</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>en curso</translation>
    </message>
    <message>
      <source>interview started</source>
      <translation>entrevista iniciada</translation>
    </message>
    <message>
      <source>kept beside the server's copy as a conflict</source>
      <translation>guardada junto a la copia del servidor como conflicto</translation>
    </message>
    <message>
      <source>questionnaire language changed</source>
      <translation>idioma del cuestionario cambiado</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>restaurada</translation>
    </message>
    <message>
      <source>row added</source>
      <translation>fila agregada</translation>
    </message>
    <message>
      <source>row removed</source>
      <translation>fila eliminada</translation>
    </message>
    <message>
      <source>sent back</source>
      <translation>devuelta</translation>
    </message>
    <message>
      <source>status changed</source>
      <translation>estado cambiado</translation>
    </message>
    <message>
      <source>stored: it became the server's copy</source>
      <translation>guardada: pasó a ser la copia del servidor</translation>
    </message>
    <message>
      <source>the enumerator's version</source>
      <translation>la versión del encuestador</translation>
    </message>
    <message>
      <source>the same as the copy here</source>
      <translation>igual a la copia de aquí</translation>
    </message>
    <message>
      <source>the server's copy</source>
      <translation>la copia del servidor</translation>
    </message>
    <message>
      <source>warning confirmed</source>
      <translation>advertencia confirmada</translation>
    </message>
    <message>
      <source>“%1”</source>
      <translation>«%1»</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::InterviewListModel</name>
    <message>
      <source>%1% (%2 of %3)</source>
      <translation>%1% (%2 de %3)</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Aprobada</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completada</translation>
    </message>
    <message>
      <source>Discarded</source>
      <translation>Descartadas</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hogar</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Interview %1, started %2</source>
      <translation>Entrevista %1, iniciada %2</translation>
    </message>
    <message>
      <source>Last change</source>
      <translation>Último cambio</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Avance</translation>
    </message>
    <message>
      <source>Sent back</source>
      <translation>Devuelta</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>sin empezar</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::InterviewListScreen</name>
    <message>
      <source>+ New interview</source>
      <translation>+ Nueva entrevista</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Discard the interview with household %1? It is kept on this laptop and can be restored from “Discarded”, but it will not be sent.</source>
      <translation>¿Descartar la entrevista del hogar %1? Se conserva en esta computadora y se puede restaurar desde «Descartadas», pero no se enviará.</translation>
    </message>
    <message>
      <source>Discard the interview?</source>
      <translation>¿Descartar la entrevista?</translation>
    </message>
    <message>
      <source>Discarded</source>
      <translation>Descartadas</translation>
    </message>
    <message>
      <source>Discard…</source>
      <translation>Descartar…</translation>
    </message>
    <message>
      <source>Interviews</source>
      <translation>Entrevistas</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Conservar</translation>
    </message>
    <message>
      <source>No interviews here yet. Start one with “New interview”.</source>
      <translation>Aún no hay entrevistas. Empiece una con «Nueva entrevista».</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurar</translation>
    </message>
    <message>
      <source>Search by household…</source>
      <translation>Buscar por hogar…</translation>
    </message>
    <message>
      <source>Start an interview with a household (Ctrl+N)</source>
      <translation>Empezar una entrevista con un hogar (Ctrl+N)</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::InterviewScreen</name>
    <message>
      <source>%1 of %2 answered</source>
      <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Aprobada</translation>
    </message>
    <message>
      <source>Back to the list of interviews (answers are already saved)</source>
      <translation>Volver a la lista de entrevistas (las respuestas ya están guardadas)</translation>
    </message>
    <message>
      <source>Comment not saved</source>
      <translation>Comentario no guardado</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completada</translation>
    </message>
    <message>
      <source>Complete…</source>
      <translation>Completar…</translation>
    </message>
    <message>
      <source>Correct what is needed, then complete it again.</source>
      <translation>Corrija lo necesario y vuelva a completarla.</translation>
    </message>
    <message>
      <source>Ctrl+L</source>
      <translation>Ctrl+L</translation>
    </message>
    <message>
      <source>Ctrl+M</source>
      <translation>Ctrl+M</translation>
    </message>
    <message>
      <source>Ctrl+PgDown</source>
      <translation>Ctrl+PgDown</translation>
    </message>
    <message>
      <source>Ctrl+PgUp</source>
      <translation>Ctrl+PgUp</translation>
    </message>
    <message>
      <source>Ctrl+Return</source>
      <translation>Ctrl+Return</translation>
    </message>
    <message>
      <source>Enter: next question · Ctrl+L: sections · Ctrl+K: confirm</source>
      <translation>Intro: pregunta siguiente · Ctrl+L: secciones · Ctrl+K: confirmar</translation>
    </message>
    <message>
      <source>Enter: next question · Ctrl+L: sections · Ctrl+M: comment</source>
      <translation>Intro: pregunta siguiente · Ctrl+L: secciones · Ctrl+M: comentar</translation>
    </message>
    <message>
      <source>Household %1</source>
      <translation>Hogar %1</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Next section ›</source>
      <translation>Sección siguiente ›</translation>
    </message>
    <message>
      <source>No row added</source>
      <translation>No se agregó ninguna fila</translation>
    </message>
    <message>
      <source>Not completed</source>
      <translation>No completada</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>No guardado</translation>
    </message>
    <message>
      <source>Questionnaire language</source>
      <translation>Idioma del cuestionario</translation>
    </message>
    <message>
      <source>See what is missing and complete the interview (Ctrl+Return)</source>
      <translation>Ver lo que falta y completar la entrevista (Ctrl+Intro)</translation>
    </message>
    <message>
      <source>Sent back</source>
      <translation>Devuelta</translation>
    </message>
    <message>
      <source>Sent back by %1 on %2: “%3”.</source>
      <translation>Devuelta por %1 el %2: «%3».</translation>
    </message>
    <message>
      <source>Sent back by the supervisor.</source>
      <translation>Devuelta por el supervisor.</translation>
    </message>
    <message>
      <source>The last change could not be saved, and the interview is shown as it was saved before it.

%1</source>
      <translation>El último cambio no se pudo guardar, y la entrevista se muestra como estaba guardada antes de él.

%1</translation>
    </message>
    <message numerus="yes">
      <source>The supervisor's comments are shown at their questions (%n).</source>
      <translation>
        <numerusform>El comentario del supervisor se muestra en su pregunta (%n).</numerusform>
        <numerusform>Los comentarios del supervisor se muestran en sus preguntas (%n).</numerusform>
      </translation>
    </message>
    <message>
      <source>This interview is %1 and can no longer be changed. A supervisor can send it back if something needs correcting.</source>
      <translation>Esta entrevista está %1 y ya no se puede cambiar. Un supervisor puede devolverla si hay algo que corregir.</translation>
    </message>
    <message>
      <source>‹ Interviews</source>
      <translation>‹ Entrevistas</translation>
    </message>
    <message>
      <source>‹ Previous section</source>
      <translation>‹ Sección anterior</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::MainWindow</name>
    <message>
      <source>%1 in %2 is not an address to listen on</source>
      <translation>%1 en %2 no es una dirección en la que escuchar</translation>
    </message>
    <message>
      <source>%1 sent another version of this interview after it changed here: settle the conflict from the list (Compare and settle) before approving or sending it back.</source>
      <translation>%1 envió otra versión de esta entrevista después de que cambiara aquí: resuelva el conflicto desde la lista (Comparar y resolver) antes de aprobarla o devolverla.</translation>
    </message>
    <message>
      <source>%1 — Enumera</source>
      <translation>%1 — Enumera</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Aprobar</translation>
    </message>
    <message>
      <source>Approved. It can still be sent back if something needs correcting.</source>
      <translation>Aprobada. Todavía se puede devolver si algo necesita corrección.</translation>
    </message>
    <message>
      <source>Assigned household</source>
      <translation>Hogar asignado</translation>
    </message>
    <message>
      <source>Enumera</source>
      <translation>Enumera</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>Historial…</translation>
    </message>
    <message>
      <source>In progress on %1's laptop (sent as a backup): it can be reviewed once completed.</source>
      <translation>En curso en la computadora de %1 (enviada como copia de seguridad): se puede revisar cuando esté completada.</translation>
    </message>
    <message>
      <source>New interview</source>
      <translation>Nueva entrevista</translation>
    </message>
    <message>
      <source>New interview on this form</source>
      <translation>Nueva entrevista con este formulario</translation>
    </message>
    <message>
      <source>Open interview</source>
      <translation>Abrir entrevista</translation>
    </message>
    <message>
      <source>Preview %1</source>
      <translation>Vista previa %1</translation>
    </message>
    <message numerus="yes">
      <source>Preview of %1, loaded at %2 (%n warning(s)). The form is loaded again whenever the file changes.</source>
      <translation>
        <numerusform>Vista previa de %1, cargada a las %2 (%n advertencia). El formulario se vuelve a cargar cada vez que cambia el archivo.</numerusform>
        <numerusform>Vista previa de %1, cargada a las %2 (%n advertencias). El formulario se vuelve a cargar cada vez que cambia el archivo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Preview of %1: the file no longer loads (%n error(s)). New interviews use the last version that loaded.</source>
      <translation>
        <numerusform>Vista previa de %1: el archivo ya no carga (%n error). Las entrevistas nuevas usan la última versión que cargó.</numerusform>
        <numerusform>Vista previa de %1: el archivo ya no carga (%n errores). Las entrevistas nuevas usan la última versión que cargó.</numerusform>
      </translation>
    </message>
    <message>
      <source>Review of %1 — Enumera</source>
      <translation>Revisión de %1 — Enumera</translation>
    </message>
    <message>
      <source>Revision %1 from %2, completed %3. Comment on any question (Comment…, or Ctrl+M), then approve the interview or send it back.</source>
      <translation>Revisión %1 de %2, completada el %3. Comente cualquier pregunta (Comentar…, o Ctrl+M) y luego apruebe la entrevista o devuélvala.</translation>
    </message>
    <message>
      <source>Send back</source>
      <translation>Devolver</translation>
    </message>
    <message>
      <source>Send back…</source>
      <translation>Devolver…</translation>
    </message>
    <message>
      <source>Send the interview back to the enumerator with a reason; your comments go with it</source>
      <translation>Devolver la entrevista al encuestador con un motivo; sus comentarios van con ella</translation>
    </message>
    <message>
      <source>Sent back to %1, waiting for the correction. Comments and another sending back reach the enumerator at their next sync.</source>
      <translation>Devuelta a %1, a la espera de la corrección. Los comentarios y una nueva devolución llegan al encuestador en su próxima sincronización.</translation>
    </message>
    <message>
      <source>Supervision — Enumera</source>
      <translation>Supervisión — Enumera</translation>
    </message>
    <message>
      <source>Sync server</source>
      <translation>Servidor de sincronización</translation>
    </message>
    <message>
      <source>The data folder %1 cannot be created.</source>
      <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
      <source>The embedded form does not load:
%1</source>
      <translation>El formulario incorporado no carga:
%1</translation>
    </message>
    <message>
      <source>The form does not load; see the diagnostics above.</source>
      <translation>El formulario no carga; vea los diagnósticos de arriba.</translation>
    </message>
    <message>
      <source>The sync server did not start: %1</source>
      <translation>El servidor de sincronización no se inició: %1</translation>
    </message>
    <message>
      <source>Your name and code could not be saved in %1.</source>
      <translation>Su nombre y código no se pudieron guardar en %1.</translation>
    </message>
    <message>
      <source>this data folder is not a supervisor's</source>
      <translation>esta carpeta de datos no es la de un supervisor</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::NewInterviewDialog</name>
    <message>
      <source>As written on the assignment, e.g. H-0001</source>
      <translation>Como figura en la asignación, p. ej. H-0001</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Household identification</source>
      <translation>Identificación del hogar</translation>
    </message>
    <message>
      <source>New interview</source>
      <translation>Nueva entrevista</translation>
    </message>
    <message>
      <source>Start interview</source>
      <translation>Empezar la entrevista</translation>
    </message>
    <message>
      <source>The interview opens at its first question.</source>
      <translation>La entrevista se abre en su primera pregunta.</translation>
    </message>
    <message>
      <source>This household already has an interview in the list. Start another one only if that is what the assignment says.</source>
      <translation>Este hogar ya tiene una entrevista en la lista. Empiece otra solo si la asignación lo indica.</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::NumberQuestionWidget</name>
    <message>
      <source>Not a number: type digits only.</source>
      <translation>No es un número: escriba solo dígitos.</translation>
    </message>
    <message>
      <source>at least %1</source>
      <translation>al menos %1</translation>
    </message>
    <message>
      <source>at most %1</source>
      <translation>como máximo %1</translation>
    </message>
    <message>
      <source>from %1 to %2</source>
      <translation>de %1 a %2</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::PageView</name>
    <message>
      <source>%1 of %2 answered</source>
      <translation>%1 de %2 respondidas</translation>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errores</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>enumera::app::PairDialog</name>
    <message>
      <source>0F28 C7A1 93B2 55E0</source>
      <translation>0F28 C7A1 93B2 55E0</translation>
    </message>
    <message>
      <source>ABCD-EFGH-JKMN</source>
      <translation>ABCD-EFGH-JKMN</translation>
    </message>
    <message>
      <source>Certificate fingerprint</source>
      <translation>Huella del certificado</translation>
    </message>
    <message>
      <source>Pair</source>
      <translation>Emparejar</translation>
    </message>
    <message>
      <source>Pair with the supervisor</source>
      <translation>Emparejar con el supervisor</translation>
    </message>
    <message>
      <source>Pairing code</source>
      <translation>Código de emparejamiento</translation>
    </message>
    <message>
      <source>Pairing failed: %1.</source>
      <translation>El emparejamiento falló: %1.</translation>
    </message>
    <message>
      <source>Pairing with %1…</source>
      <translation>Emparejando con %1…</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Dirección del servidor</translation>
    </message>
    <message>
      <source>The certificate fingerprint has %1 of its %2 digits: type all of them, or leave it empty.</source>
      <translation>La huella del certificado tiene %1 de sus %2 dígitos: escríbalos todos o déjela vacía.</translation>
    </message>
    <message>
      <source>The first %1 digits of the certificate fingerprint on the pairing card: they prove that this laptop talks to the supervisor's server and no other computer</source>
      <translation>Los primeros %1 dígitos de la huella del certificado de la tarjeta de emparejamiento: prueban que esta computadora habla con el servidor del supervisor y con ninguna otra</translation>
    </message>
    <message>
      <source>The server address is missing or incomplete: type it as the supervisor reads it, such as https://192.168.1.20:8443.</source>
      <translation>Falta la dirección del servidor o está incompleta: escríbala como la lee el supervisor, por ejemplo https://192.168.1.20:8443.</translation>
    </message>
    <message>
      <source>Type what your supervisor reads out from the pairing card. This is done once: afterwards Sync sends your completed interviews to the supervisor's server and brings back what the supervisor sends you.</source>
      <translation>Escriba lo que su supervisor le lee de la tarjeta de emparejamiento. Se hace una sola vez: después, Sincronizar envía sus entrevistas completadas al servidor del supervisor y trae lo que el supervisor le envía.</translation>
    </message>
    <message>
      <source>https://192.168.1.20:8443</source>
      <translation>https://192.168.1.20:8443</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::ProfileScreen</name>
    <message>
      <source>A change of the interface language shows from the next start.</source>
      <translation>El cambio de idioma de la interfaz se verá en el próximo inicio.</translation>
    </message>
    <message>
      <source>As given by the survey office, e.g. E-017</source>
      <translation>Como lo dio la oficina de la encuesta, p. ej. E-017</translation>
    </message>
    <message>
      <source>As given by the survey office, e.g. S-03</source>
      <translation>El que dio la oficina de la encuesta, p. ej. S-03</translation>
    </message>
    <message>
      <source>As the system</source>
      <translation>Como el sistema</translation>
    </message>
    <message>
      <source>Before you start: who is working on this laptop? Your code goes with every interview you make, or every decision you take on one.</source>
      <translation>Antes de empezar: ¿quién trabaja en esta computadora? Su código va con cada entrevista que haga, o con cada decisión que tome sobre una.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Enumerator code</source>
      <translation>Código de encuestador</translation>
    </message>
    <message>
      <source>Enumerator: I interview households</source>
      <translation>Encuestador: entrevisto hogares</translation>
    </message>
    <message>
      <source>First name and surname</source>
      <translation>Nombre y apellido</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>Idioma de la interfaz</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <source>Supervisor code</source>
      <translation>Código de supervisor</translation>
    </message>
    <message>
      <source>Supervisor: I review my team's interviews and run the sync server</source>
      <translation>Supervisor: reviso las entrevistas del equipo y ejecuto el servidor</translation>
    </message>
    <message>
      <source>This laptop is a supervisor's (its data folder holds the team and what it sent).</source>
      <translation>Esta computadora es de un supervisor (su carpeta de datos guarda el equipo y lo que envió).</translation>
    </message>
    <message>
      <source>This laptop is an enumerator's.</source>
      <translation>Esta computadora es de un encuestador.</translation>
    </message>
    <message>
      <source>Welcome to Enumera</source>
      <translation>Bienvenido a Enumera</translation>
    </message>
    <message>
      <source>Who is working</source>
      <translation>Quién trabaja</translation>
    </message>
    <message>
      <source>Your name and code go with every change you make.</source>
      <translation>Su nombre y código van con cada cambio que haga.</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::QuestionWidget</name>
    <message>
      <source>&lt;b&gt;Comment by %1&lt;/b&gt;, %2&lt;br&gt;%3</source>
      <translation>&lt;b&gt;Comentario de %1&lt;/b&gt;, %2&lt;br&gt;%3</translation>
    </message>
    <message>
      <source>Add comment</source>
      <translation>Agregar comentario</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Comment on this question, for the enumerator (Ctrl+M)</source>
      <translation>Comentar esta pregunta, para el encuestador (Ctrl+M)</translation>
    </message>
    <message>
      <source>Comment…</source>
      <translation>Comentar…</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>Confirmar</translation>
    </message>
    <message>
      <source>Confirmed: %1</source>
      <translation>Confirmada: %1</translation>
    </message>
    <message>
      <source>Confirm…</source>
      <translation>Confirmar…</translation>
    </message>
    <message>
      <source>The respondent confirms the answer (Ctrl+K)</source>
      <translation>El entrevistado confirma la respuesta (Ctrl+K)</translation>
    </message>
    <message>
      <source>What the enumerator should check or correct here</source>
      <translation>Lo que el encuestador debe revisar o corregir aquí</translation>
    </message>
    <message>
      <source>Why the answer stands (as the respondent said)</source>
      <translation>Por qué la respuesta se mantiene (según el entrevistado)</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::RejectDialog</name>
    <message numerus="yes">
      <source>Household %1 goes back to the enumerator at their next sync, with this reason at the top and your %n comment(s) at the questions. Corrected and completed again, it comes back as the next revision.</source>
      <translation>
        <numerusform>El hogar %1 vuelve al encuestador en su próxima sincronización, con este motivo arriba y su %n comentario en las preguntas. Corregida y completada de nuevo, vuelve como la revisión siguiente.</numerusform>
        <numerusform>El hogar %1 vuelve al encuestador en su próxima sincronización, con este motivo arriba y sus %n comentarios en las preguntas. Corregida y completada de nuevo, vuelve como la revisión siguiente.</numerusform>
      </translation>
    </message>
    <message>
      <source>Send back</source>
      <translation>Devolver</translation>
    </message>
    <message>
      <source>Send back to the enumerator</source>
      <translation>Devolver al encuestador</translation>
    </message>
    <message>
      <source>What should the enumerator check or correct?</source>
      <translation>¿Qué debe revisar o corregir el encuestador?</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::ReviewListModel</name>
    <message>
      <source>%1 (revision %2)</source>
      <translation>%1 (revisión %2)</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>%1%</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>%1: “%2”</source>
      <translation>%1: «%2»</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Respondidas</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Aprobada</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Conflicto</translation>
    </message>
    <message>
      <source>Enumerator</source>
      <translation>Encuestador</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hogar</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Interview %1</source>
      <translation>Entrevista %1</translation>
    </message>
    <message>
      <source>Last change</source>
      <translation>Último cambio</translation>
    </message>
    <message>
      <source>Sent back</source>
      <translation>Devuelta</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>The enumerator sent a version that differs from this copy: both are kept until you settle it</source>
      <translation>El encuestador envió una versión distinta de esta copia: se guardan las dos hasta que usted lo resuelva</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tiempo</translation>
    </message>
    <message>
      <source>To review</source>
      <translation>Por revisar</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Advertencias</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::ReviewListScreen</name>
    <message>
      <source>%1 of %2 questions answered</source>
      <translation>%1 de %2 preguntas respondidas</translation>
    </message>
    <message numerus="yes">
      <source>%1 to review · %n conflict(s)</source>
      <translation>
        <numerusform>%1 por revisar · %n conflicto</numerusform>
        <numerusform>%1 por revisar · %n conflictos</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>%1, revision %2</source>
      <translation>%1, revisión %2</translation>
    </message>
    <message numerus="yes">
      <source>%n comment(s) of the supervisor</source>
      <translation>
        <numerusform>%n comentario del supervisor</numerusform>
        <numerusform>%n comentarios del supervisor</numerusform>
      </translation>
    </message>
    <message>
      <source>All enumerators</source>
      <translation>Todos los encuestadores</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <source>Answer: %1</source>
      <translation>Respuesta: %1</translation>
    </message>
    <message>
      <source>Choose an interview to see it in detail.</source>
      <translation>Elija una entrevista para verla en detalle.</translation>
    </message>
    <message>
      <source>Compare and settle the conflict…</source>
      <translation>Comparar y resolver el conflicto…</translation>
    </message>
    <message>
      <source>Completed %1</source>
      <translation>Completada el %1</translation>
    </message>
    <message>
      <source>Conflict to settle</source>
      <translation>Conflicto por resolver</translation>
    </message>
    <message>
      <source>Each revision received, the decisions and comments, every change</source>
      <translation>Cada revisión recibida, las decisiones y los comentarios, cada cambio</translation>
    </message>
    <message>
      <source>Enumerator: %1</source>
      <translation>Encuestador: %1</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>Historial…</translation>
    </message>
    <message>
      <source>Household %1</source>
      <translation>Hogar %1</translation>
    </message>
    <message>
      <source>Interviewing time: %1</source>
      <translation>Tiempo de entrevista: %1</translation>
    </message>
    <message>
      <source>Interviews</source>
      <translation>Entrevistas</translation>
    </message>
    <message>
      <source>No interviews yet. They arrive here when enumerators sync with the server, or when their sync packages are imported (enumera sync import).</source>
      <translation>Todavía no hay entrevistas. Llegan aquí cuando los encuestadores sincronizan con el servidor, o cuando se importan sus paquetes de sincronización (enumera sync import).</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Ninguna.</translation>
    </message>
    <message>
      <source>Not completed</source>
      <translation>No completada</translation>
    </message>
    <message>
      <source>Open for review</source>
      <translation>Abrir para revisar</translation>
    </message>
    <message>
      <source>Read the interview, comment on questions, approve or send it back (Enter)</source>
      <translation>Leer la entrevista, comentar preguntas, aprobarla o devolverla (Intro)</translation>
    </message>
    <message>
      <source>Reason: “%1”</source>
      <translation>Motivo: «%1»</translation>
    </message>
    <message>
      <source>Search by household…</source>
      <translation>Buscar por hogar…</translation>
    </message>
    <message>
      <source>Started %1</source>
      <translation>Iniciada el %1</translation>
    </message>
    <message>
      <source>The enumerator changed this interview on their laptop after it changed here too. Both versions are kept until you choose one.</source>
      <translation>El encuestador cambió esta entrevista en su computadora después de que cambiara aquí también. Se guardan las dos versiones hasta que usted elija una.</translation>
    </message>
    <message>
      <source>Warning: %1</source>
      <translation>Advertencia: %1</translation>
    </message>
    <message>
      <source>Warnings confirmed by the enumerator (%1)</source>
      <translation>Advertencias confirmadas por el encuestador (%1)</translation>
    </message>
    <message>
      <source>With a conflict</source>
      <translation>Con un conflicto</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::RosterWidget</name>
    <message>
      <source>+ Add %1 %2</source>
      <translation>+ Agregar %1 %2</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>row</source>
      <translation>fila</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::RowFrame</name>
    <message>
      <source>Remove</source>
      <translation>Eliminar</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::SectionPanel</name>
    <message numerus="yes">
      <source>%n comment(s) of the supervisor</source>
      <translation>
        <numerusform>%n comentario del supervisor</numerusform>
        <numerusform>%n comentarios del supervisor</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errores</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s) to confirm</source>
      <translation>
        <numerusform>%n advertencia por confirmar</numerusform>
        <numerusform>%n advertencias por confirmar</numerusform>
      </translation>
    </message>
    <message>
      <source>complete</source>
      <translation>completa</translation>
    </message>
    <message>
      <source>has errors</source>
      <translation>tiene errores</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>en curso</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>sin empezar</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::SupervisorScreen</name>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
      <source>%n completed or approved interview(s) written to %1.</source>
      <translation>
        <numerusform>%n entrevista completada o aprobada escrita en %1.</numerusform>
        <numerusform>%n entrevistas completadas o aprobadas escritas en %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>Enumerators can no longer sync until it starts again</source>
      <translation>Los encuestadores no pueden sincronizar hasta que vuelva a iniciarse</translation>
    </message>
    <message>
      <source>Enumerators sync with this laptop while it runs</source>
      <translation>Los encuestadores sincronizan con esta computadora mientras funciona</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <source>Export the interviews</source>
      <translation>Exportar las entrevistas</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source>Interviews</source>
      <translation>Entrevistas</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
      <source>Server running at %1</source>
      <translation>Servidor en funcionamiento en %1</translation>
    </message>
    <message>
      <source>Server stopped</source>
      <translation>Servidor detenido</translation>
    </message>
    <message>
      <source>Start the server</source>
      <translation>Iniciar el servidor</translation>
    </message>
    <message>
      <source>Stop the server</source>
      <translation>Detener el servidor</translation>
    </message>
    <message>
      <source>Supervision</source>
      <translation>Supervisión</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <source>The interviews could not be exported to %1:
%2</source>
      <translation>No se pudieron exportar las entrevistas a %1:
%2</translation>
    </message>
    <message>
      <source>Write the completed and approved interviews to a JSON file, as `enumera export` does</source>
      <translation>Escribir las entrevistas completadas y aprobadas en un archivo JSON, como hace `enumera export`</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::SyncPanel</name>
    <message numerus="yes">
      <source>%n approved</source>
      <translation>
        <numerusform>%n aprobada</numerusform>
        <numerusform>%n aprobadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n interview(s) received by the supervisor's server…</source>
      <translation>
        <numerusform>%n entrevista recibida por el servidor del supervisor…</numerusform>
        <numerusform>%n entrevistas recibidas por el servidor del supervisor…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n interview(s) refused by the server:</source>
      <translation>
        <numerusform>%n entrevista rechazada por el servidor:</numerusform>
        <numerusform>%n entrevistas rechazadas por el servidor:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n interview(s) sent</source>
      <translation>
        <numerusform>%n entrevista enviada</numerusform>
        <numerusform>%n entrevistas enviadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n kept by the supervisor beside a copy changed there (a conflict the supervisor settles)</source>
      <translation>
        <numerusform>%n guardada por el supervisor junto a una copia cambiada allí (un conflicto que resuelve el supervisor)</numerusform>
        <numerusform>%n guardadas por el supervisor junto a copias cambiadas allí (conflictos que resuelve el supervisor)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new form version(s)</source>
      <translation>
        <numerusform>%n versión nueva del formulario</numerusform>
        <numerusform>%n versiones nuevas del formulario</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new or changed assignment(s)</source>
      <translation>
        <numerusform>%n asignación nueva o cambiada</numerusform>
        <numerusform>%n asignaciones nuevas o cambiadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sent back to you to correct</source>
      <translation>
        <numerusform>%n devuelta para que la corrija</numerusform>
        <numerusform>%n devueltas para que las corrija</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated by the supervisor</source>
      <translation>
        <numerusform>%n actualizada por el supervisor</numerusform>
        <numerusform>%n actualizadas por el supervisor</numerusform>
      </translation>
    </message>
    <message>
      <source>Household %1 · %2 %3</source>
      <translation>Hogar %1 · %2 %3</translation>
    </message>
    <message>
      <source>Households assigned to you</source>
      <translation>Hogares asignados a usted</translation>
    </message>
    <message>
      <source>Not paired with a supervisor yet: pair once, then Sync sends your completed interviews.</source>
      <translation>Todavía no está emparejada con un supervisor: empareje una vez y luego Sincronizar envía sus entrevistas completadas.</translation>
    </message>
    <message>
      <source>Nothing to send, nothing new from the supervisor.</source>
      <translation>Nada que enviar, nada nuevo del supervisor.</translation>
    </message>
    <message>
      <source>Pair again…</source>
      <translation>Emparejar de nuevo…</translation>
    </message>
    <message>
      <source>Pair with supervisor…</source>
      <translation>Emparejar con el supervisor…</translation>
    </message>
    <message>
      <source>Paired as %1 with the supervisor's server at %2.</source>
      <translation>Emparejada como %1 con el servidor del supervisor en %2.</translation>
    </message>
    <message>
      <source>Paired: this laptop sends its interviews as %1. Press Sync when you have completed interviews, or to receive what the supervisor sends.</source>
      <translation>Emparejada: esta computadora envía sus entrevistas como %1. Pulse Sincronizar cuando tenga entrevistas completadas, o para recibir lo que envía el supervisor.</translation>
    </message>
    <message>
      <source>Send the completed interviews to the supervisor and bring back what the supervisor sent</source>
      <translation>Enviar las entrevistas completadas al supervisor y traer lo que el supervisor envió</translation>
    </message>
    <message numerus="yes">
      <source>Sending %n interview(s)…</source>
      <translation>
        <numerusform>Enviando %n entrevista…</numerusform>
        <numerusform>Enviando %n entrevistas…</numerusform>
      </translation>
    </message>
    <message>
      <source>Start the interview</source>
      <translation>Iniciar la entrevista</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Sincronizar</translation>
    </message>
    <message>
      <source>Sync finished: %1</source>
      <translation>Sincronización terminada: %1</translation>
    </message>
    <message>
      <source>Sync stopped: %1. What the server acknowledged stays sent; press Sync to try again.</source>
      <translation>La sincronización se detuvo: %1. Lo que el servidor confirmó queda enviado; pulse Sincronizar para intentarlo de nuevo.</translation>
    </message>
    <message>
      <source>Syncing with %1…</source>
      <translation>Sincronizando con %1…</translation>
    </message>
    <message>
      <source>The pairing with the supervisor cannot be read: %1</source>
      <translation>No se puede leer el emparejamiento con el supervisor: %1</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::TeamScreen</name>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>+ Add enumerator</source>
      <translation>+ Agregar encuestador</translation>
    </message>
    <message>
      <source>A pairing code is waiting, but it is shown only when it is made. Make a new one to read it out.</source>
      <translation>Hay un código de emparejamiento en espera, pero solo se muestra cuando se crea. Cree uno nuevo para leerlo en voz alta.</translation>
    </message>
    <message>
      <source>Add an enumerator</source>
      <translation>Agregar un encuestador</translation>
    </message>
    <message>
      <source>Adds the enumerator and makes their pairing code</source>
      <translation>Agrega al encuestador y crea su código de emparejamiento</translation>
    </message>
    <message>
      <source>Certificate fingerprint</source>
      <translation>Huella del certificado</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Code (E01, E02… if left empty)</source>
      <translation>Código (vacío: E01, E02…)</translation>
    </message>
    <message>
      <source>Code expired</source>
      <translation>Código vencido</translation>
    </message>
    <message>
      <source>First name and surname</source>
      <translation>Nombre y apellido</translation>
    </message>
    <message>
      <source>For a new laptop, an expired code, or to take back a revoked enumerator</source>
      <translation>Para una computadora nueva, un código vencido o para readmitir a un encuestador revocado</translation>
    </message>
    <message>
      <source>Interviews</source>
      <translation>Entrevistas</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Mantener</translation>
    </message>
    <message>
      <source>Laptop</source>
      <translation>Computadora</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Última conexión</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>New pairing code</source>
      <translation>Nuevo código de emparejamiento</translation>
    </message>
    <message>
      <source>Paired</source>
      <translation>Emparejado</translation>
    </message>
    <message>
      <source>Paired with the laptop “%1” on %2. A new laptop needs a new pairing code.</source>
      <translation>Emparejado con la computadora «%1» el %2. Una computadora nueva necesita un código de emparejamiento nuevo.</translation>
    </message>
    <message>
      <source>Pairing card for %1 (%2)</source>
      <translation>Tarjeta de emparejamiento de %1 (%2)</translation>
    </message>
    <message>
      <source>Pairing code, for one use, valid until %1.</source>
      <translation>Código de emparejamiento, para un solo uso, válido hasta el %1.</translation>
    </message>
    <message>
      <source>Read out the code, the address and the fingerprint: the enumerator types them in Enumera with “Pair with supervisor…”, above their list of interviews. The code works once.</source>
      <translation>Lea en voz alta el código, la dirección y la huella: el encuestador los escribe en Enumera con «Emparejar con el supervisor…», encima de su lista de entrevistas. El código funciona una sola vez.</translation>
    </message>
    <message>
      <source>Revoke</source>
      <translation>Revocar</translation>
    </message>
    <message>
      <source>Revoke %1? The server refuses their laptop from now on; what they sent stays. A new pairing code takes them back, on a new key.</source>
      <translation>¿Revocar a %1? El servidor rechaza su computadora desde ahora; lo que envió se queda. Un código de emparejamiento nuevo lo readmite, con una clave nueva.</translation>
    </message>
    <message>
      <source>Revoke the enumerator?</source>
      <translation>¿Revocar al encuestador?</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Revocado</translation>
    </message>
    <message>
      <source>Revoked on %1: the server refuses their laptop. A new pairing code takes them back.</source>
      <translation>Revocado el %1: el servidor rechaza su computadora. Un código de emparejamiento nuevo lo readmite.</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>Revocar…</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Dirección del servidor</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <source>The pairing code expired. Make a new one.</source>
      <translation>El código de emparejamiento venció. Cree uno nuevo.</translation>
    </message>
    <message>
      <source>The server is stopped: start it before the enumerator pairs.</source>
      <translation>El servidor está detenido: inícielo antes de que el encuestador se empareje.</translation>
    </message>
    <message>
      <source>The server refuses this enumerator's laptop from now on</source>
      <translation>El servidor rechaza desde ahora la computadora de este encuestador</translation>
    </message>
    <message>
      <source>Waiting to pair</source>
      <translation>Esperando emparejamiento</translation>
    </message>
    <message>
      <source>known once the server has started</source>
      <translation>se conoce cuando el servidor se haya iniciado</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nunca</translation>
    </message>
  </context>
  <context>
    <name>enumera::sync::SqliteServerStorage</name>
    <message>
      <source>forgetting old requests</source>
      <translation>olvidando solicitudes antiguas</translation>
    </message>
    <message>
      <source>reading the team</source>
      <translation>leyendo el equipo</translation>
    </message>
  </context>
  <context>
    <name>enumera::sync::Transaction</name>
    <message>
      <source>keeping the conflicting version</source>
      <translation>guardando la versión en conflicto</translation>
    </message>
    <message>
      <source>keeping the receipt</source>
      <translation>guardando el recibo</translation>
    </message>
    <message>
      <source>noting the enumerator's visit</source>
      <translation>anotando la visita del encuestador</translation>
    </message>
    <message>
      <source>pairing</source>
      <translation>emparejamiento</translation>
    </message>
    <message>
      <source>reading the forms</source>
      <translation>leyendo los formularios</translation>
    </message>
    <message>
      <source>reading the interview</source>
      <translation>leyendo la entrevista</translation>
    </message>
    <message>
      <source>reading the pairing codes</source>
      <translation>leyendo los códigos de emparejamiento</translation>
    </message>
    <message>
      <source>reading what the enumerator pulls</source>
      <translation>leyendo lo que el encuestador descarga</translation>
    </message>
    <message>
      <source>reading what was received</source>
      <translation>leyendo lo recibido</translation>
    </message>
    <message>
      <source>remembering the request</source>
      <translation>recordando la solicitud</translation>
    </message>
    <message>
      <source>storing the form</source>
      <translation>guardando el formulario</translation>
    </message>
    <message>
      <source>storing the interview</source>
      <translation>guardando la entrevista</translation>
    </message>
    <message>
      <source>storing the interview's history</source>
      <translation>guardando el historial de la entrevista</translation>
    </message>
  </context>
</TS>
