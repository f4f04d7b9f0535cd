<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
  <context>
    <name>AppOptions</name>
    <message>
      <source>%1 needs a value</source>
      <translation>%1 precisa de um valor</translation>
    </message>
    <message>
      <source>unknown option %1</source>
      <translation>opção desconhecida %1</translation>
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
      <translation>%1 não existe</translation>
    </message>
    <message>
      <source>%1 needs a value</source>
      <translation>%1 precisa de um valor</translation>
    </message>
    <message>
      <source>%1 passed, %2 failed</source>
      <translation>%1 aprovadas, %2 com falha</translation>
    </message>
    <message>
      <source>%1: %2 questions, %3 errors, %4 warnings</source>
      <translation>%1: %2 perguntas, %3 erros, %4 avisos</translation>
    </message>
    <message numerus="yes">
      <source>%1: resuming after line %2, acknowledged before in interview %3; %n step(s) up to it skipped</source>
      <translation>
        <numerusform>%1: retomando após a linha %2, já confirmada na entrevista %3; %n passo até ela foi ignorado</numerusform>
        <numerusform>%1: retomando após a linha %2, já confirmada na entrevista %3; %n passos até ela foram ignorados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n interview(s) exported to %1</source>
      <translation>
        <numerusform>%n entrevista exportada para %1</numerusform>
        <numerusform>%n entrevistas exportadas para %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n scenario file(s) not run, see above</source>
      <translation>
        <numerusform>; %n arquivo de cenário não foi executado, veja acima</numerusform>
        <numerusform>; %n arquivos de cenário não foram executados, veja acima</numerusform>
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

Sem verbo, abre o aplicativo de desktop.

Verbos:
  validate FORM...                      verifica definições de formulários
  test FORM SCENARIO...                 executa cenários de fluxo contra um formulário
  replay --form FORM --script FILE [--db DB [--interview ID] [--household TEXT]]
                                        aplica um script e mostra o estado da entrevista;
                                        com --db, grava e confirma cada passo
  interviews --db DB [--json]           lista as entrevistas de um banco de dados
  export --db DB --out FILE [--status LIST] [--since ISO-TIME] [--paradata]
                                        grava as entrevistas com seu livro de códigos em JSON
  serve --db DB [--listen ADDRESS:PORT] executa o servidor de sincronização do supervisor
  team add|code|list|revoke --db DB     a equipe do supervisor e seus códigos de pareamento
  pair --db DB --server URL --code CODE pareia este computador com o servidor de um supervisor
  sync --db DB                          envia entrevistas, recebe o que volta;
  sync export|import --db DB ...        o mesmo por meio de um arquivo de pacote
  approve|reject --db DB INTERVIEW      revisa uma entrevista recebida
  conflicts --db DB [resolve ID ...]    entrevistas alteradas nos dois lados
  history --db DB INTERVIEW             o que foi recebido de uma entrevista
  assign|assignments|forms publish      domicílios a visitar, novas versões do formulário
  help                                  mostra este texto

Status de saída: 0 sucesso, 1 a entrada está errada, 2 erro de uso.
</translation>
    </message>
    <message>
      <source>export: %1 is the database itself; give another file to --out</source>
      <translation>export: %1 é o próprio banco de dados; indique outro arquivo em --out</translation>
    </message>
    <message>
      <source>export: %1 was not written</source>
      <translation>export: %1 não foi gravado</translation>
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
      <translation>test: indique um arquivo de formulário e pelo menos um cenário</translation>
    </message>
    <message>
      <source>unknown option %1</source>
      <translation>opção desconhecida %1</translation>
    </message>
    <message>
      <source>unknown verb '%1'</source>
      <translation>verbo desconhecido '%1'</translation>
    </message>
    <message>
      <source>validate: give at least one form file</source>
      <translation>validate: indique pelo menos um arquivo de formulário</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>%1 cannot be written: %2</source>
      <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
      <source>'%1' is not a date or time (ISO 8601, such as 2026-03-01 or 2026-03-01T08:00:00Z)</source>
      <translation>'%1' não é uma data nem uma hora (ISO 8601, como 2026-03-01 ou 2026-03-01T08:00:00Z)</translation>
    </message>
    <message>
      <source>'%1' is not a status; the statuses are in_progress, completed, rejected and approved</source>
      <translation>'%1' não é um status; os status são in_progress, completed, rejected e approved</translation>
    </message>
    <message>
      <source>interview %1 in %2 cannot be exported: %3 (%4)</source>
      <translation>a entrevista %1 de %2 não pode ser exportada: %3 (%4)</translation>
    </message>
    <message>
      <source>no status to export</source>
      <translation>não há status para exportar</translation>
    </message>
    <message>
      <source>not a row</source>
      <translation>não é uma linha</translation>
    </message>
    <message>
      <source>reading %1 failed: %2</source>
      <translation>a leitura de %1 falhou: %2</translation>
    </message>
    <message>
      <source>the export could not be written</source>
      <translation>não foi possível gravar a exportação</translation>
    </message>
    <message>
      <source>the stored answer is damaged</source>
      <translation>a resposta armazenada está danificada</translation>
    </message>
    <message>
      <source>the stored answer is not an answer to this question</source>
      <translation>a resposta armazenada não é uma resposta a esta pergunta</translation>
    </message>
  </context>
  <context>
    <name>Expression</name>
    <message numerus="yes">
      <source>%1() takes %n argument(s), found %2 (in %3)</source>
      <translation>
        <numerusform>%1() aceita %n argumento, foram encontrados %2 (em %3)</numerusform>
        <numerusform>%1() aceita %n argumentos, foram encontrados %2 (em %3)</numerusform>
      </translation>
    </message>
    <message>
      <source>%1() takes one argument, a roster (in %2)</source>
      <translation>%1() aceita um argumento, um roster (em %2)</translation>
    </message>
    <message>
      <source>%1() takes two arguments, a roster and an expression (in %2)</source>
      <translation>%1() aceita dois argumentos, um roster e uma expressão (em %2)</translation>
    </message>
    <message>
      <source>'%1' has no option or special code %2 (in %3)</source>
      <translation>'%1' não tem a opção nem o código especial %2 (em %3)</translation>
    </message>
    <message>
      <source>'%1' is a %2 and has no value (in %3)</source>
      <translation>'%1' é um %2 e não tem valor (em %3)</translation>
    </message>
    <message>
      <source>'%1' is a note and has no value (in %2)</source>
      <translation>'%1' é uma nota e não tem valor (em %2)</translation>
    </message>
    <message>
      <source>'%1' is a roster, not a value (in %2); use rows(%1), count(%1, ...), any(%1, ...), all(%1, ...) or sum(%1, ...)</source>
      <translation>'%1' é um roster, não um valor (em %2); use rows(%1), count(%1, ...), any(%1, ...), all(%1, ...) ou sum(%1, ...)</translation>
    </message>
    <message>
      <source>'%1' is in roster '%2' and cannot be used in %3, which is outside it; use an aggregate such as any(%2, ...), count(%2, ...) or sum(%2, ...)</source>
      <translation>'%1' está no roster '%2' e não pode ser usado em %3, que está fora dele; use uma agregação como any(%2, ...), count(%2, ...) ou sum(%2, ...)</translation>
    </message>
    <message>
      <source>'%1' is not a number</source>
      <translation>'%1' não é um número</translation>
    </message>
    <message>
      <source>a condition</source>
      <translation>uma condição</translation>
    </message>
    <message>
      <source>a date</source>
      <translation>uma data</translation>
    </message>
    <message>
      <source>a list such as [1, 2] can only follow 'in' (in %1)</source>
      <translation>uma lista como [1, 2] só pode vir depois de 'in' (em %1)</translation>
    </message>
    <message>
      <source>a multiple-choice answer</source>
      <translation>uma resposta de múltipla escolha</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>um número</translation>
    </message>
    <message>
      <source>a text</source>
      <translation>um texto</translation>
    </message>
    <message>
      <source>comparisons cannot be chained; join them with 'and'</source>
      <translation>as comparações não podem ser encadeadas; junte-as com 'and'</translation>
    </message>
    <message>
      <source>date() takes a date written as 'YYYY-MM-DD' (in %1)</source>
      <translation>date() aceita uma data escrita 'AAAA-MM-DD' (em %1)</translation>
    </message>
    <message>
      <source>expected ')' to close the '(' at column %1, found %2</source>
      <translation>esperava-se ')' para fechar o '(' da coluna %1, foi encontrado %2</translation>
    </message>
    <message>
      <source>expected ',' or ')' in the arguments of %1(), found %2</source>
      <translation>esperava-se ',' ou ')' nos argumentos de %1(), foi encontrado %2</translation>
    </message>
    <message>
      <source>expected ',' or ']' in the list, found %1</source>
      <translation>esperava-se ',' ou ']' na lista, foi encontrado %1</translation>
    </message>
    <message>
      <source>expected a list such as [1, 2] after 'in', found %1</source>
      <translation>esperava-se uma lista como [1, 2] depois de 'in', foi encontrado %1</translation>
    </message>
    <message>
      <source>expected a value, found %1</source>
      <translation>esperava-se um valor, foi encontrado %1</translation>
    </message>
    <message>
      <source>grid</source>
      <translation>grade</translation>
    </message>
    <message>
      <source>roster '%1' is inside roster '%2' and cannot be used in %3, which is outside it</source>
      <translation>o roster '%1' está dentro do roster '%2' e não pode ser usado em %3, que está fora dele</translation>
    </message>
    <message>
      <source>row() is only meaningful inside a roster (in %1)</source>
      <translation>row() só tem sentido dentro de um roster (em %1)</translation>
    </message>
    <message>
      <source>section</source>
      <translation>seção</translation>
    </message>
    <message>
      <source>syntax error in %1: %2</source>
      <translation>erro de sintaxe em %1: %2</translation>
    </message>
    <message>
      <source>the argument of count_selected() must be a multiple-choice question (in %1)</source>
      <translation>o argumento de count_selected() deve ser uma pergunta de múltipla escolha (em %1)</translation>
    </message>
    <message>
      <source>the first argument of %1() must be a roster (in %2)</source>
      <translation>o primeiro argumento de %1() deve ser um roster (em %2)</translation>
    </message>
    <message>
      <source>the first argument of selected() must be a choice question (in %1)</source>
      <translation>o primeiro argumento de selected() deve ser uma pergunta de escolha (em %1)</translation>
    </message>
    <message>
      <source>the list after 'in' has more than 254 values (in %1)</source>
      <translation>a lista depois de 'in' tem mais de 254 valores (em %1)</translation>
    </message>
    <message>
      <source>the list after 'in' is empty (in %1)</source>
      <translation>a lista depois de 'in' está vazia (em %1)</translation>
    </message>
    <message>
      <source>the second argument of selected() must be an option code written as a number (in %1)</source>
      <translation>o segundo argumento de selected() deve ser um código de opção escrito como número (em %1)</translation>
    </message>
    <message>
      <source>the text that starts here has no closing quote</source>
      <translation>o texto que começa aqui não tem aspas de fechamento</translation>
    </message>
    <message>
      <source>type mismatch in %1: %2() needs numbers or dates, found %3</source>
      <translation>tipos incompatíveis em %1: %2() precisa de números ou datas, foi encontrado %3</translation>
    </message>
    <message>
      <source>type mismatch in %1: '%2' compares %3 with %4</source>
      <translation>tipos incompatíveis em %1: '%2' compara %3 com %4</translation>
    </message>
    <message>
      <source>type mismatch in %1: '%2' is a multiple-choice answer and cannot be compared with '%3'; use selected(%2, code)</source>
      <translation>tipos incompatíveis em %1: '%2' é uma resposta de múltipla escolha e não pode ser comparada com '%3'; use selected(%2, código)</translation>
    </message>
    <message>
      <source>type mismatch in %1: '%2' joins conditions, found %3</source>
      <translation>tipos incompatíveis em %1: '%2' une condições, foi encontrado %3</translation>
    </message>
    <message>
      <source>type mismatch in %1: '%2' needs numbers, found %3</source>
      <translation>tipos incompatíveis em %1: '%2' precisa de números, foi encontrado %3</translation>
    </message>
    <message>
      <source>type mismatch in %1: '%2' orders numbers or dates, not %3</source>
      <translation>tipos incompatíveis em %1: '%2' ordena números ou datas, não %3</translation>
    </message>
    <message>
      <source>type mismatch in %1: '-' needs a number, found %2</source>
      <translation>tipos incompatíveis em %1: '-' precisa de um número, foi encontrado %2</translation>
    </message>
    <message>
      <source>type mismatch in %1: 'in' needs a number or a text on its left, found %2</source>
      <translation>tipos incompatíveis em %1: 'in' precisa de um número ou um texto à esquerda, foi encontrado %2</translation>
    </message>
    <message>
      <source>type mismatch in %1: 'not' needs a condition, found %2</source>
      <translation>tipos incompatíveis em %1: 'not' precisa de uma condição, foi encontrado %2</translation>
    </message>
    <message>
      <source>type mismatch in %1: expected %2, found %3</source>
      <translation>tipos incompatíveis em %1: esperava-se %2, foi encontrado %3</translation>
    </message>
    <message>
      <source>type mismatch in %1: the first argument of if() must be a condition, found %2</source>
      <translation>tipos incompatíveis em %1: o primeiro argumento de if() deve ser uma condição, foi encontrado %2</translation>
    </message>
    <message>
      <source>type mismatch in %1: the list after 'in' must hold %2 written as such</source>
      <translation>tipos incompatíveis em %1: a lista depois de 'in' deve conter %2 escritos como tais</translation>
    </message>
    <message>
      <source>type mismatch in %1: the second argument of %2() must be %3, found %4</source>
      <translation>tipos incompatíveis em %1: o segundo argumento de %2() deve ser %3, foi encontrado %4</translation>
    </message>
    <message>
      <source>type mismatch in %1: the two arguments of %2() are %3 and %4</source>
      <translation>tipos incompatíveis em %1: os dois argumentos de %2() são %3 e %4</translation>
    </message>
    <message>
      <source>type mismatch in %1: the two values of if() are %2 and %3</source>
      <translation>tipos incompatíveis em %1: os dois valores de if() são %2 e %3</translation>
    </message>
    <message>
      <source>unexpected %1 after the end of the expression</source>
      <translation>%1 inesperado depois do fim da expressão</translation>
    </message>
    <message>
      <source>unexpected character '%1'</source>
      <translation>caractere inesperado '%1'</translation>
    </message>
    <message>
      <source>unknown function '%1' in %2</source>
      <translation>função desconhecida '%1' em %2</translation>
    </message>
    <message>
      <source>unknown name '%1' in %2</source>
      <translation>nome desconhecido '%1' em %2</translation>
    </message>
    <message>
      <source>write '%1' instead of '%2'</source>
      <translation>escreva '%1' em vez de '%2'</translation>
    </message>
    <message>
      <source>write '==' to compare; a single '=' is not an operator</source>
      <translation>escreva '==' para comparar; um único '=' não é um operador</translation>
    </message>
    <message>
      <source>write 'not' instead of '!'</source>
      <translation>escreva 'not' em vez de '!'</translation>
    </message>
  </context>
  <context>
    <name>FormLoader</name>
    <message>
      <source>%1 cannot have '%2': %3</source>
      <translation>%1 não pode ter '%2': %3</translation>
    </message>
    <message>
      <source>%1 has a text in language '%2', which the form does not declare in 'languages'</source>
      <translation>%1 tem um texto no idioma '%2', que o formulário não declara em 'languages'</translation>
    </message>
    <message>
      <source>%1 has both 'size' and 'fixed_rows'; give one</source>
      <translation>%1 tem 'size' e 'fixed_rows' ao mesmo tempo; indique apenas um</translation>
    </message>
    <message>
      <source>%1 has more than 64 validations</source>
      <translation>%1 tem mais de 64 validações</translation>
    </message>
    <message>
      <source>%1 has no '%2'</source>
      <translation>%1 não tem '%2'</translation>
    </message>
    <message>
      <source>%1 has no 'options'</source>
      <translation>%1 não tem 'options'</translation>
    </message>
    <message>
      <source>%1 must be a JSON object</source>
      <translation>%1 deve ser um objeto JSON</translation>
    </message>
    <message>
      <source>%1 needs an option code and a name</source>
      <translation>%1 precisa de um código de opção e um nome</translation>
    </message>
    <message>
      <source>%1 takes its size from '%2', which has no maximum; give '%2' a range or the roster 'max_rows'</source>
      <translation>%1 obtém seu tamanho de '%2', que não tem máximo; dê a '%2' um intervalo ou ao roster 'max_rows'</translation>
    </message>
    <message>
      <source>'%1' (calculation)</source>
      <translation>'%1' (cálculo)</translation>
    </message>
    <message>
      <source>'%1' includes itself (through %2)</source>
      <translation>'%1' inclui a si mesmo (através de %2)</translation>
    </message>
    <message>
      <source>'%1' is not a valid name</source>
      <translation>'%1' não é um nome válido</translation>
    </message>
    <message>
      <source>'%1' is not a valid name: use letters, digits and '_', starting with a letter, at most 64 characters, and not a word of the expression language</source>
      <translation>'%1' não é um nome válido: use letras, dígitos e '_', começando por uma letra, no máximo 64 caracteres, e que não seja uma palavra da linguagem de expressões</translation>
    </message>
    <message>
      <source>'%1' of %2 must be a text</source>
      <translation>'%1' de %2 deve ser um texto</translation>
    </message>
    <message>
      <source>'%1' of %2 must be true or false</source>
      <translation>'%1' de %2 deve ser true ou false</translation>
    </message>
    <message>
      <source>'%1' of the range of %2 must be %3</source>
      <translation>'%1' do intervalo de %2 deve ser %3</translation>
    </message>
    <message>
      <source>'code_digits' must be a whole number from 0 to 9</source>
      <translation>'code_digits' deve ser um número inteiro de 0 a 9</translation>
    </message>
    <message>
      <source>'code_digits' of %1 belongs in its option set</source>
      <translation>'code_digits' de %1 pertence ao seu conjunto de opções</translation>
    </message>
    <message>
      <source>'constants' must be an object of names and values</source>
      <translation>'constants' deve ser um objeto de nomes e valores</translation>
    </message>
    <message>
      <source>'fixed_rows' of %1 must be a non-empty list of texts</source>
      <translation>'fixed_rows' de %1 deve ser uma lista não vazia de textos</translation>
    </message>
    <message>
      <source>'include' must be the path of a module file</source>
      <translation>'include' deve ser o caminho de um arquivo de módulo</translation>
    </message>
    <message>
      <source>'items' must be a list</source>
      <translation>'items' deve ser uma lista</translation>
    </message>
    <message>
      <source>'max_rows' of %1 must be a whole number from 1 to 100000</source>
      <translation>'max_rows' de %1 deve ser um número inteiro de 1 a 100000</translation>
    </message>
    <message>
      <source>'notes' of %1 must be a text or a list of texts</source>
      <translation>'notes' de %1 deve ser um texto ou uma lista de textos</translation>
    </message>
    <message>
      <source>'option_sets' must be an object of option sets by name</source>
      <translation>'option_sets' deve ser um objeto de conjuntos de opções por nome</translation>
    </message>
    <message>
      <source>'questions' of %1 must be a non-empty list</source>
      <translation>'questions' de %1 deve ser uma lista não vazia</translation>
    </message>
    <message>
      <source>'relevant' of %1 must be an expression written as a text</source>
      <translation>'relevant' de %1 deve ser uma expressão escrita como texto</translation>
    </message>
    <message>
      <source>'relevant' of an include must be an expression written as a text</source>
      <translation>'relevant' de um include deve ser uma expressão escrita como texto</translation>
    </message>
    <message>
      <source>'sections' must be a list of sections</source>
      <translation>'sections' deve ser uma lista de seções</translation>
    </message>
    <message>
      <source>'severity' must be "error" or "warning"</source>
      <translation>'severity' deve ser "error" ou "warning"</translation>
    </message>
    <message>
      <source>'skip' of %1 must be a list of {"if": ..., "to": ...}</source>
      <translation>'skip' de %1 deve ser uma lista de {"if": ..., "to": ...}</translation>
    </message>
    <message>
      <source>'special_codes' must be an object of special codes by name</source>
      <translation>'special_codes' deve ser um objeto de códigos especiais por nome</translation>
    </message>
    <message>
      <source>'special_codes' of %1 must be a list of special code names or {"code": ..., "label": ...} objects</source>
      <translation>'special_codes' de %1 deve ser uma lista de nomes de códigos especiais ou objetos {"code": ..., "label": ...}</translation>
    </message>
    <message>
      <source>'specify' of %1 must be a list</source>
      <translation>'specify' de %1 deve ser uma lista</translation>
    </message>
    <message>
      <source>'validations' of %1 must be a list</source>
      <translation>'validations' de %1 deve ser uma lista</translation>
    </message>
    <message>
      <source>a %1 question asks nothing</source>
      <translation>uma pergunta %1 não pergunta nada</translation>
    </message>
    <message>
      <source>a language must be a code such as "en"</source>
      <translation>um idioma deve ser um código como "en"</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>um número</translation>
    </message>
    <message>
      <source>a skip of %1</source>
      <translation>um salto de %1</translation>
    </message>
    <message>
      <source>a special code of %1</source>
      <translation>um código especial de %1</translation>
    </message>
    <message>
      <source>a specify text of %1</source>
      <translation>um texto de especificação de %1</translation>
    </message>
    <message>
      <source>a text of %1 must be a string</source>
      <translation>um texto de %1 deve ser uma string</translation>
    </message>
    <message>
      <source>a text of %1 must be a string or an object of texts by language</source>
      <translation>um texto de %1 deve ser uma string ou um objeto de textos por idioma</translation>
    </message>
    <message>
      <source>a validation of %1</source>
      <translation>uma validação de %1</translation>
    </message>
    <message>
      <source>a validation of %1 can never fire: %2</source>
      <translation>uma validação de %1 nunca pode disparar: %2</translation>
    </message>
    <message>
      <source>a validation of %1 does not depend on any answer, so it fires always or never</source>
      <translation>uma validação de %1 não depende de nenhuma resposta, então dispara sempre ou nunca</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>um número inteiro</translation>
    </message>
    <message>
      <source>an include</source>
      <translation>um include</translation>
    </message>
    <message>
      <source>an item must be a JSON object</source>
      <translation>um item deve ser um objeto JSON</translation>
    </message>
    <message>
      <source>an item must be a question (with "name" and "type"), a section, a roster, a grid or an include</source>
      <translation>um item deve ser uma pergunta (com "name" e "type"), uma seção, um roster, uma grade ou um include</translation>
    </message>
    <message>
      <source>an option code of %1 must be a whole number</source>
      <translation>um código de opção de %1 deve ser um número inteiro</translation>
    </message>
    <message>
      <source>an option of %1</source>
      <translation>uma opção de %1</translation>
    </message>
    <message>
      <source>any</source>
      <translation>qualquer</translation>
    </message>
    <message>
      <source>calculation</source>
      <translation>cálculo</translation>
    </message>
    <message>
      <source>cannot read the form: %1</source>
      <translation>não é possível ler o formulário: %1</translation>
    </message>
    <message>
      <source>cannot read the included file '%1': %2</source>
      <translation>não é possível ler o arquivo incluído '%1': %2</translation>
    </message>
    <message>
      <source>each entry of 'sections' must be a section, with a "section" name</source>
      <translation>cada entrada de 'sections' deve ser uma seção, com um nome "section"</translation>
    </message>
    <message>
      <source>every answer inside the range of '%1' passes it</source>
      <translation>toda resposta dentro do intervalo de '%1' a satisfaz</translation>
    </message>
    <message>
      <source>grid '%1'</source>
      <translation>grade '%1'</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <translation>é uma pasta</translation>
    </message>
    <message>
      <source>missing translation: option %1 of '%2' has no '%3' label; the '%4' text is shown instead</source>
      <translation>tradução ausente: a opção %1 de '%2' não tem rótulo '%3'; é mostrado o texto '%4'</translation>
    </message>
    <message>
      <source>missing translation: the %1 of %2 has no '%3' text; the '%4' text is shown instead</source>
      <translation>tradução ausente: o %1 de %2 não tem texto '%3'; é mostrado o texto '%4'</translation>
    </message>
    <message>
      <source>modules are included more than 15 deep</source>
      <translation>os módulos estão incluídos com mais de 15 níveis</translation>
    </message>
    <message>
      <source>no form definition</source>
      <translation>não há definição de formulário</translation>
    </message>
    <message>
      <source>no such file</source>
      <translation>o arquivo não existe</translation>
    </message>
    <message>
      <source>not among the stored files of the form</source>
      <translation>não está entre os arquivos armazenados do formulário</translation>
    </message>
    <message>
      <source>only calculated questions have a calculation</source>
      <translation>só as perguntas calculadas têm um cálculo</translation>
    </message>
    <message>
      <source>only choice questions have option codes</source>
      <translation>só as perguntas de escolha têm códigos de opção</translation>
    </message>
    <message>
      <source>only choice questions have specify texts</source>
      <translation>só as perguntas de escolha têm textos de especificação</translation>
    </message>
    <message>
      <source>only integer and decimal questions have a range</source>
      <translation>só as perguntas inteiras e decimais têm um intervalo</translation>
    </message>
    <message>
      <source>only integer, decimal and single choice questions have special codes</source>
      <translation>só as perguntas inteiras, decimais e de escolha única têm códigos especiais</translation>
    </message>
    <message>
      <source>only single and multiple choice questions have options</source>
      <translation>só as perguntas de escolha única e múltipla têm opções</translation>
    </message>
    <message>
      <source>option %1 of %2 is exclusive, but a single choice question has only one answer anyway</source>
      <translation>a opção %1 de %2 é exclusiva, mas uma pergunta de escolha única só tem uma resposta de qualquer forma</translation>
    </message>
    <message>
      <source>option code %1 is used twice in %2: here and at %3</source>
      <translation>o código de opção %1 é usado duas vezes em %2: aqui e em %3</translation>
    </message>
    <message>
      <source>option set '%1'</source>
      <translation>conjunto de opções '%1'</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>permissão negada</translation>
    </message>
    <message>
      <source>question '%1'</source>
      <translation>pergunta '%1'</translation>
    </message>
    <message>
      <source>relevance</source>
      <translation>relevância</translation>
    </message>
    <message>
      <source>roster '%1'</source>
      <translation>roster '%1'</translation>
    </message>
    <message>
      <source>rosters are nested more than 8 deep</source>
      <translation>os rosters estão aninhados com mais de 8 níveis</translation>
    </message>
    <message>
      <source>rows</source>
      <translation>linhas</translation>
    </message>
    <message>
      <source>section '%1'</source>
      <translation>seção '%1'</translation>
    </message>
    <message>
      <source>special code %1 is given twice to %2</source>
      <translation>o código especial %1 é dado duas vezes a %2</translation>
    </message>
    <message>
      <source>special code %1 of %2 is also one of its options</source>
      <translation>o código especial %1 de %2 também é uma de suas opções</translation>
    </message>
    <message>
      <source>special code %1 of %2 is inside its range %3 to %4, so an answer of %1 could not be told from the special code</source>
      <translation>o código especial %1 de %2 está dentro do seu intervalo %3 a %4, então uma resposta %1 não se distinguiria do código especial</translation>
    </message>
    <message>
      <source>special code '%1'</source>
      <translation>código especial '%1'</translation>
    </message>
    <message>
      <source>the %1 of %2 (%3)</source>
      <translation>o %1 de %2 (%3)</translation>
    </message>
    <message>
      <source>the calculation of '%1'</source>
      <translation>o cálculo de '%1'</translation>
    </message>
    <message>
      <source>the calculation of '%1' depends on itself</source>
      <translation>o cálculo de '%1' depende de si mesmo</translation>
    </message>
    <message>
      <source>the code of %1 must be a whole number</source>
      <translation>o código de %1 deve ser um número inteiro</translation>
    </message>
    <message>
      <source>the constant '%1' must be a number, a text or true/false</source>
      <translation>a constante '%1' deve ser um número, um texto ou true/false</translation>
    </message>
    <message>
      <source>the default language '%1' is not one of the form's languages</source>
      <translation>o idioma padrão '%1' não é um dos idiomas do formulário</translation>
    </message>
    <message>
      <source>the file is not valid JSON: %1</source>
      <translation>o arquivo não é JSON válido: %1</translation>
    </message>
    <message>
      <source>the form</source>
      <translation>o formulário</translation>
    </message>
    <message>
      <source>the form has no 'title'</source>
      <translation>o formulário não tem 'title'</translation>
    </message>
    <message>
      <source>the form has no sections</source>
      <translation>o formulário não tem seções</translation>
    </message>
    <message>
      <source>the form id '%1' must be a name: letters, digits and '_'</source>
      <translation>o id de formulário '%1' deve ser um nome: letras, dígitos e '_'</translation>
    </message>
    <message>
      <source>the form must list its languages, e.g. "languages": ["en", "es"]</source>
      <translation>o formulário deve listar seus idiomas, p. ex. "languages": ["en", "es"]</translation>
    </message>
    <message>
      <source>the key '%1' is written twice in the same object; only one is allowed</source>
      <translation>a chave '%1' está escrita duas vezes no mesmo objeto; só uma é permitida</translation>
    </message>
    <message>
      <source>the language '%1' is listed twice</source>
      <translation>o idioma '%1' aparece duas vezes</translation>
    </message>
    <message>
      <source>the module</source>
      <translation>o módulo</translation>
    </message>
    <message>
      <source>the module does not list the form's language '%1'</source>
      <translation>o módulo não lista o idioma '%1' do formulário</translation>
    </message>
    <message>
      <source>the name '%1' is used twice: here and at %2 %3</source>
      <translation>o nome '%1' é usado duas vezes: aqui e em %2 %3</translation>
    </message>
    <message>
      <source>the name of a grid must be a text</source>
      <translation>o nome de uma grade deve ser um texto</translation>
    </message>
    <message>
      <source>the name of a question must be a text</source>
      <translation>o nome de uma pergunta deve ser um texto</translation>
    </message>
    <message>
      <source>the name of a roster must be a text</source>
      <translation>o nome de um roster deve ser um texto</translation>
    </message>
    <message>
      <source>the name of a section must be a text</source>
      <translation>o nome de uma seção deve ser um texto</translation>
    </message>
    <message>
      <source>the options of %1 must be a non-empty list</source>
      <translation>as opções de %1 devem ser uma lista não vazia</translation>
    </message>
    <message>
      <source>the range of %1</source>
      <translation>o intervalo de %1</translation>
    </message>
    <message>
      <source>the range of %1 has its minimum above its maximum</source>
      <translation>o intervalo de %1 tem seu mínimo acima do máximo</translation>
    </message>
    <message>
      <source>the relevance of %1</source>
      <translation>a relevância de %1</translation>
    </message>
    <message>
      <source>the row label of %1 must be a question in the roster's rows; '%2' is not</source>
      <translation>o rótulo de linha de %1 deve ser uma pergunta das linhas do roster; '%2' não é</translation>
    </message>
    <message>
      <source>the size of %1 comes from '%2', which is not in the roster's row or around it</source>
      <translation>o tamanho de %1 vem de '%2', que não está na linha do roster nem ao seu redor</translation>
    </message>
    <message>
      <source>the size of %1 must be an integer question; '%2' is not</source>
      <translation>o tamanho de %1 deve ser uma pergunta inteira; '%2' não é</translation>
    </message>
    <message>
      <source>the skip of '%1'</source>
      <translation>o salto de '%1'</translation>
    </message>
    <message>
      <source>the skip of '%1' goes back to '%2', which comes before it; a skip can only go forward</source>
      <translation>o salto de '%1' volta para '%2', que vem antes; um salto só pode ir para frente</translation>
    </message>
    <message>
      <source>the skip of '%1' goes to '%2', inside roster '%3', which '%1' is not in; a skip cannot enter a roster</source>
      <translation>o salto de '%1' vai para '%2', dentro do roster '%3', no qual '%1' não está; um salto não pode entrar em um roster</translation>
    </message>
    <message>
      <source>the skip of '%1' goes to '%2', which is not in the form</source>
      <translation>o salto de '%1' vai para '%2', que não está no formulário</translation>
    </message>
    <message>
      <source>the skip of '%1' leaves roster '%2' for '%3', but '%4' comes between the end of the roster and '%3'; skip to the item right after the roster</source>
      <translation>o salto de '%1' sai do roster '%2' para '%3', mas '%4' está entre o fim do roster e '%3'; salte para o item logo depois do roster</translation>
    </message>
    <message>
      <source>the skip of '%1' to '%2' passes over nothing: '%2' comes next anyway; did the skip mean the item after it?</source>
      <translation>o salto de '%1' para '%2' não passa por cima de nada: '%2' vem logo a seguir de qualquer forma; o salto queria ir para o item seguinte?</translation>
    </message>
    <message>
      <source>the substitution that starts here in %1 has no closing '}' (write '{{' for a brace)</source>
      <translation>a substituição que começa aqui em %1 não tem '}' de fechamento (escreva '{{' para uma chave)</translation>
    </message>
    <message>
      <source>these items depend on each other in a cycle: %1</source>
      <translation>estes itens dependem uns dos outros em um ciclo: %1</translation>
    </message>
    <message>
      <source>this file is a module; validate the form that includes it</source>
      <translation>este arquivo é um módulo; valide o formulário que o inclui</translation>
    </message>
    <message>
      <source>unknown key '%1' in %2</source>
      <translation>chave desconhecida '%1' em %2</translation>
    </message>
    <message>
      <source>unknown key '%1' in %2; did you mean '%3'?</source>
      <translation>chave desconhecida '%1' em %2; quis dizer '%3'?</translation>
    </message>
    <message>
      <source>unknown name '%1' in '%2' of %3</source>
      <translation>nome desconhecido '%1' em '%2' de %3</translation>
    </message>
    <message>
      <source>unknown option set '%1' in %2</source>
      <translation>conjunto de opções desconhecido '%1' em %2</translation>
    </message>
    <message>
      <source>unknown question type '%1' for %2; the types are single, multiple, integer, decimal, text, date, note and calculated</source>
      <translation>tipo de pergunta desconhecido '%1' para %2; os tipos são single, multiple, integer, decimal, text, date, note e calculated</translation>
    </message>
    <message>
      <source>unknown special code '%1' in %2</source>
      <translation>código especial desconhecido '%1' em %2</translation>
    </message>
  </context>
  <context>
    <name>FormSource</name>
    <message>
      <source>cannot read %1: %2</source>
      <translation>não é possível ler %1: %2</translation>
    </message>
  </context>
  <context>
    <name>Interview</name>
    <message>
      <source>%1 is not a special code of '%2'</source>
      <translation>%1 não é um código especial de '%2'</translation>
    </message>
    <message>
      <source>%1 is not an option of '%2'</source>
      <translation>%1 não é uma opção de '%2'</translation>
    </message>
    <message>
      <source>'%1' has %2 fixed rows, not %3</source>
      <translation>'%1' tem %2 linhas fixas, não %3</translation>
    </message>
    <message numerus="yes">
      <source>'%1' has no row %2 (it has %n row(s))</source>
      <translation>
        <numerusform>'%1' não tem a linha %2 (tem %n linha)</numerusform>
        <numerusform>'%1' não tem a linha %2 (tem %n linhas)</numerusform>
      </translation>
    </message>
    <message>
      <source>'%1' has no warning to confirm</source>
      <translation>'%1' não tem nenhum aviso a confirmar</translation>
    </message>
    <message>
      <source>'%1' has room for %2 rows at most</source>
      <translation>'%1' aceita no máximo %2 linhas</translation>
    </message>
    <message>
      <source>'%1' in the path '%2' needs a row number, as in %1[1]</source>
      <translation>'%1' no caminho '%2' precisa de um número de linha, como em %1[1]</translation>
    </message>
    <message>
      <source>'%1' is a row, not a question, section or roster</source>
      <translation>'%1' é uma linha, não uma pergunta, seção ou roster</translation>
    </message>
    <message>
      <source>'%1' is in roster '%2': its path needs the row, as in %2[1].%1</source>
      <translation>'%1' está no roster '%2': seu caminho precisa da linha, como em %2[1].%1</translation>
    </message>
    <message>
      <source>'%1' is not a path such as members[2].trainings[1].q2_3</source>
      <translation>'%1' não é um caminho como members[2].trainings[1].q2_3</translation>
    </message>
    <message>
      <source>'%1' is not a question that is answered</source>
      <translation>'%1' não é uma pergunta que se responda</translation>
    </message>
    <message>
      <source>'%1' is not a roster and has no rows (in the path '%2')</source>
      <translation>'%1' não é um roster e não tem linhas (no caminho '%2')</translation>
    </message>
    <message>
      <source>'%1' is not a row; a row path ends with its number, as in %2[1]</source>
      <translation>'%1' não é uma linha; o caminho de uma linha termina com seu número, como em %2[1]</translation>
    </message>
    <message>
      <source>'%1' is not answered: it is a note or a calculation</source>
      <translation>'%1' não é respondida: é uma nota ou um cálculo</translation>
    </message>
    <message>
      <source>'%1' is not asked here, as the interview stands</source>
      <translation>'%1' não é perguntada aqui, do jeito que a entrevista está</translation>
    </message>
    <message>
      <source>'%1' is not inside '%2'</source>
      <translation>'%1' não está dentro de '%2'</translation>
    </message>
    <message>
      <source>'%1' takes %2, not %3</source>
      <translation>'%1' aceita %2, não %3</translation>
    </message>
    <message>
      <source>'%1' takes a date, and %2 is not a day of the calendar</source>
      <translation>'%1' recebe uma data, e %2 não é um dia do calendário</translation>
    </message>
    <message>
      <source>Out of range.</source>
      <translation>Fora do intervalo.</translation>
    </message>
    <message>
      <source>Out of range: the answer must be at least %1.</source>
      <translation>Fora do intervalo: a resposta deve ser pelo menos %1.</translation>
    </message>
    <message>
      <source>Out of range: the answer must be at most %1.</source>
      <translation>Fora do intervalo: a resposta deve ser no máximo %1.</translation>
    </message>
    <message>
      <source>Out of range: the answer must be between %1 and %2.</source>
      <translation>Fora do intervalo: a resposta deve estar entre %1 e %2.</translation>
    </message>
    <message>
      <source>a date written YYYY-MM-DD</source>
      <translation>uma data escrita AAAA-MM-DD</translation>
    </message>
    <message>
      <source>a list of option codes</source>
      <translation>uma lista de códigos de opção</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>um número</translation>
    </message>
    <message>
      <source>a text</source>
      <translation>um texto</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>um número inteiro</translation>
    </message>
    <message>
      <source>an option code</source>
      <translation>um código de opção</translation>
    </message>
    <message>
      <source>empty path</source>
      <translation>caminho vazio</translation>
    </message>
    <message>
      <source>no</source>
      <translation>não</translation>
    </message>
    <message>
      <source>no such question</source>
      <translation>a pergunta não existe</translation>
    </message>
    <message>
      <source>no such question or roster</source>
      <translation>a pergunta ou o roster não existe</translation>
    </message>
    <message>
      <source>not a roster</source>
      <translation>não é um roster</translation>
    </message>
    <message>
      <source>option %1 of '%2' excludes every other option</source>
      <translation>a opção %1 de '%2' exclui todas as outras opções</translation>
    </message>
    <message>
      <source>row %1 of '%2' is out of bounds</source>
      <translation>a linha %1 de '%2' está fora dos limites</translation>
    </message>
    <message numerus="yes">
      <source>the interview has %n error(s) to correct before it can be completed</source>
      <translation>
        <numerusform>a entrevista tem %n erro a corrigir antes de poder ser concluída</numerusform>
        <numerusform>a entrevista tem %n erros a corrigir antes de poder ser concluída</numerusform>
      </translation>
    </message>
    <message>
      <source>the rows of '%1' are fixed by the form</source>
      <translation>as linhas de '%1' são fixadas pelo formulário</translation>
    </message>
    <message>
      <source>the rows of '%1' cannot be removed one by one</source>
      <translation>as linhas de '%1' não podem ser removidas uma a uma</translation>
    </message>
    <message>
      <source>the rows of '%1' follow the answer to '%2'</source>
      <translation>as linhas de '%1' seguem a resposta a '%2'</translation>
    </message>
    <message>
      <source>the top of the interview is not a row</source>
      <translation>o topo da entrevista não é uma linha</translation>
    </message>
    <message>
      <source>unknown name '%1' in the path '%2'</source>
      <translation>nome desconhecido '%1' no caminho '%2'</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sim</translation>
    </message>
  </context>
  <context>
    <name>InterviewSession</name>
    <message>
      <source>approved</source>
      <translation>aprovada</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>concluída</translation>
    </message>
    <message>
      <source>interview %1 in %2 cannot be restored: %3 (%4)</source>
      <translation>a entrevista %1 de %2 não pode ser restaurada: %3 (%4)</translation>
    </message>
    <message>
      <source>the form has no such language</source>
      <translation>o formulário não tem esse idioma</translation>
    </message>
    <message>
      <source>the interview is %1 and can no longer be changed; a supervisor can send it back</source>
      <translation>a entrevista está %1 e não pode mais ser alterada; um supervisor pode devolvê-la</translation>
    </message>
    <message>
      <source>the top of the interview is not a row</source>
      <translation>o topo da entrevista não é uma linha</translation>
    </message>
  </context>
  <context>
    <name>QObject</name>
    <message>
      <source>Enumera cannot start</source>
      <translation>O Enumera não pode iniciar</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Manter</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remover</translation>
    </message>
    <message>
      <source>Remove %1 and all its answers from this interview?</source>
      <translation>Remover %1 e todas as suas respostas desta entrevista?</translation>
    </message>
    <message>
      <source>Remove %1?</source>
      <translation>Remover %1?</translation>
    </message>
  </context>
  <context>
    <name>Script</name>
    <message>
      <source>a clear step is {"clear": PATH}</source>
      <translation>um passo clear é {"clear": PATH}</translation>
    </message>
    <message>
      <source>a complete step is {"complete": true}</source>
      <translation>um passo de concluir é {"complete": true}</translation>
    </message>
    <message>
      <source>a confirm step is {"confirm": PATH, "reason": TEXT}</source>
      <translation>um passo confirm é {"confirm": PATH, "reason": TEXT}</translation>
    </message>
    <message>
      <source>a language step is {"language": CODE}</source>
      <translation>um passo language é {"language": CODE}</translation>
    </message>
    <message>
      <source>a list of paths</source>
      <translation>uma lista de caminhos</translation>
    </message>
    <message>
      <source>a remove_row step is {"remove_row": ROW_PATH}</source>
      <translation>um passo remove_row é {"remove_row": ROW_PATH}</translation>
    </message>
    <message>
      <source>a toggle step is {"toggle": PATH, "option": CODE, "selected": true|false}</source>
      <translation>um passo toggle é {"toggle": PATH, "option": CODE, "selected": true|false}</translation>
    </message>
    <message>
      <source>an add_row step is {"add_row": ROSTER_PATH}</source>
      <translation>um passo add_row é {"add_row": ROSTER_PATH}</translation>
    </message>
    <message>
      <source>an answer step is {"answer": PATH, "value": VALUE}</source>
      <translation>um passo answer é {"answer": PATH, "value": VALUE}</translation>
    </message>
    <message>
      <source>an expect step is {"expect": {...}}</source>
      <translation>um passo expect é {"expect": {...}}</translation>
    </message>
    <message>
      <source>cannot read the file</source>
      <translation>não é possível ler o arquivo</translation>
    </message>
    <message>
      <source>column %1: not valid JSON: %2</source>
      <translation>coluna %1: JSON inválido: %2</translation>
    </message>
    <message>
      <source>each line must be one JSON object</source>
      <translation>cada linha deve ser um objeto JSON</translation>
    </message>
    <message>
      <source>null is not a value; use {"clear": PATH}</source>
      <translation>null não é um valor; use {"clear": PATH}</translation>
    </message>
    <message>
      <source>the form has no language '%1'</source>
      <translation>o formulário não tem o idioma '%1'</translation>
    </message>
    <message>
      <source>the step to apply</source>
      <translation>o passo a aplicar</translation>
    </message>
    <message>
      <source>unknown expectation '%1'; the expectations are relevant, not_relevant, value, outcome, text, complete and rows</source>
      <translation>expectativa desconhecida '%1'; as expectativas são relevant, not_relevant, value, outcome, text, complete e rows</translation>
    </message>
    <message>
      <source>unknown key '%1' in this step</source>
      <translation>chave desconhecida '%1' neste passo</translation>
    </message>
    <message>
      <source>unknown step: a step has one of answer, clear, toggle, add_row, remove_row, confirm, language, complete or expect</source>
      <translation>passo desconhecido: um passo tem um de answer, clear, toggle, add_row, remove_row, confirm, language, complete ou expect</translation>
    </message>
  </context>
  <context>
    <name>Store</name>
    <message>
      <source>%1 cannot be read: permission denied</source>
      <translation>não é possível ler %1: permissão negada</translation>
    </message>
    <message>
      <source>%1 does not exist</source>
      <translation>%1 não existe</translation>
    </message>
    <message>
      <source>%1 failed for %2: %3; nothing was changed</source>
      <translation>%1 falhou para %2: %3; nada foi alterado</translation>
    </message>
    <message>
      <source>%1 holds no interviews: it is empty, not an Enumera database</source>
      <translation>%1 não contém entrevistas: está vazio, não é um banco de dados do Enumera</translation>
    </message>
    <message>
      <source>%1 is a SQLite database of another program, not an Enumera database; it was left as it is</source>
      <translation>%1 é um banco de dados SQLite de outro programa, não um banco de dados do Enumera; foi deixado como estava</translation>
    </message>
    <message>
      <source>%1 is a folder, not a database</source>
      <translation>%1 é uma pasta, não um banco de dados</translation>
    </message>
    <message>
      <source>%1 is damaged (%2); it was left as it is</source>
      <translation>%1 está danificado (%2); foi deixado como estava</translation>
    </message>
    <message>
      <source>%1 is damaged: the file is shorter than its header says (%2 of %3 bytes), perhaps an interrupted copy; it was left as it is</source>
      <translation>%1 está danificado: o arquivo é mais curto do que diz seu cabeçalho (%2 de %3 bytes), talvez uma cópia interrompida; foi deixado como estava</translation>
    </message>
    <message>
      <source>%1 is not an Enumera database (it is not a SQLite file); it was left as it is</source>
      <translation>%1 não é um banco de dados do Enumera (não é um arquivo SQLite); foi deixado como estava</translation>
    </message>
    <message>
      <source>%1 was written by a newer version of Enumera (database schema %2; this version knows schema %3 at most); it was left as it is. Update Enumera to open it.</source>
      <translation>%1 foi gravado por uma versão mais recente do Enumera (esquema de banco de dados %2; esta versão conhece até o esquema %3); foi deixado como estava. Atualize o Enumera para abri-lo.</translation>
    </message>
    <message>
      <source>%1 was written by an earlier version of Enumera (database schema %2) and has to be brought up to date before it can be read, which means writing to it, and it cannot be written where it is: it was left as it is. Read a copy of it that can be written.</source>
      <translation>%1 foi gravado por uma versão anterior do Enumera (esquema de banco de dados %2) e precisa ser atualizado antes de poder ser lido, o que exige gravar nele, e não é possível gravar onde está: foi deixado como estava. Leia uma cópia que possa ser gravada.</translation>
    </message>
    <message>
      <source>an interview that is %1 cannot become %2</source>
      <translation>uma entrevista que está %1 não pode passar a %2</translation>
    </message>
    <message>
      <source>the answer at %1 of interview %2 is damaged</source>
      <translation>a resposta em %1 da entrevista %2 está danificada</translation>
    </message>
    <message>
      <source>the database is damaged</source>
      <translation>o banco de dados está danificado</translation>
    </message>
    <message>
      <source>the database is in use by another program</source>
      <translation>outro programa está usando o banco de dados</translation>
    </message>
    <message>
      <source>the database or its folder cannot be written (permission denied or a read-only disk)</source>
      <translation>não é possível gravar no banco de dados ou na sua pasta (permissão negada ou disco somente leitura)</translation>
    </message>
    <message>
      <source>the disk could not be read or written</source>
      <translation>não foi possível ler ou gravar o disco</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>o disco está cheio</translation>
    </message>
    <message>
      <source>the file is not an Enumera database</source>
      <translation>o arquivo não é um banco de dados do Enumera</translation>
    </message>
    <message>
      <source>the form %1 %2 stored in %3 does not load: %4</source>
      <translation>o formulário %1 %2 armazenado em %3 não carrega: %4</translation>
    </message>
    <message>
      <source>the form %1 %2 stored in %3 is damaged: its files are not readable</source>
      <translation>o formulário %1 %2 armazenado em %3 está danificado: seus arquivos não podem ser lidos</translation>
    </message>
    <message>
      <source>the form %1 is not in %2</source>
      <translation>o formulário %1 não está em %2</translation>
    </message>
    <message>
      <source>there is no interview %1 in %2</source>
      <translation>não há nenhuma entrevista %1 em %2</translation>
    </message>
  </context>
  <context>
    <name>SyncAssignments</name>
    <message>
      <source>an assignment needs the household's identification</source>
      <translation>uma atribuição precisa da identificação do domicílio</translation>
    </message>
    <message>
      <source>assignment %1 was started already: interview %2</source>
      <translation>a atribuição %1 já foi iniciada: entrevista %2</translation>
    </message>
    <message>
      <source>cancelling the assignment</source>
      <translation>cancelando a atribuição</translation>
    </message>
    <message>
      <source>enumerator %1 is revoked</source>
      <translation>o entrevistador %1 está revogado</translation>
    </message>
    <message>
      <source>keeping the assignment</source>
      <translation>guardando a atribuição</translation>
    </message>
    <message>
      <source>listing the assignments</source>
      <translation>listando as atribuições</translation>
    </message>
    <message>
      <source>noting the interview of the assignment</source>
      <translation>registrando a entrevista da atribuição</translation>
    </message>
    <message>
      <source>publishing the form</source>
      <translation>publicando o formulário</translation>
    </message>
    <message>
      <source>the preloaded answer %1 cannot be given: %2</source>
      <translation>a resposta pré-carregada %1 não pode ser dada: %2</translation>
    </message>
    <message>
      <source>the preloaded answers are a JSON object {"path": value}</source>
      <translation>as respostas pré-carregadas são um objeto JSON {"path": value}</translation>
    </message>
    <message>
      <source>the supervisor cancelled assignment %1</source>
      <translation>o supervisor cancelou a atribuição %1</translation>
    </message>
    <message>
      <source>the team has no enumerator %1</source>
      <translation>a equipe não tem nenhum entrevistador %1</translation>
    </message>
    <message>
      <source>there is no assignment %1</source>
      <translation>não existe a atribuição %1</translation>
    </message>
  </context>
  <context>
    <name>SyncCli</name>
    <message>
      <source>  (a pairing code is waiting)</source>
      <translation>  (há um código de pareamento aguardando)</translation>
    </message>
    <message>
      <source>  (cancelled)</source>
      <translation>  (cancelada)</translation>
    </message>
    <message>
      <source>  (started: interview %1)</source>
      <translation>  (iniciada: entrevista %1)</translation>
    </message>
    <message>
      <source>  comment by %1 at %2%3: %4</source>
      <translation>  comentário de %1 em %2%3: %4</translation>
    </message>
    <message>
      <source>  received %1: revision %2, %3 (%4)</source>
      <translation>  recebida %1: revisão %2, %3 (%4)</translation>
    </message>
    <message>
      <source>%1  %2  %3  from %4: the server's copy is %5 (revision %6), the enumerator's is %7 (revision %8), %9 answer(s) differ%10</source>
      <translation>%1  %2  %3  de %4: a cópia do servidor está %5 (revisão %6), a do entrevistador está %7 (revisão %8), %9 resposta(s) diferem%10</translation>
    </message>
    <message>
      <source>%1 interview(s) changed on this laptop were not replaced by the server's copy; they go to the supervisor at the next sync</source>
      <translation>%1 entrevista(s) alteradas neste computador não foram substituídas pela cópia do servidor; vão para o supervisor na próxima sincronização</translation>
    </message>
    <message>
      <source>%1 needs a value</source>
      <translation>%1 precisa de um valor</translation>
    </message>
    <message>
      <source>%1 was imported before: nothing was stored twice</source>
      <translation>%1 já foi importado antes: nada foi armazenado duas vezes</translation>
    </message>
    <message>
      <source>%1: %2 interview(s) from %3, for the supervisor's laptop (sync import there)</source>
      <translation>%1: %2 entrevista(s) de %3, para o computador do supervisor (sync import lá)</translation>
    </message>
    <message>
      <source>%1: the answer, for %2's laptop (sync import there)</source>
      <translation>%1: a resposta, para o computador de %2 (sync import lá)</translation>
    </message>
    <message>
      <source>%1: what the supervisor sends back to %2 (%3 interview(s))</source>
      <translation>%1: o que o supervisor devolve a %2 (%3 entrevista(s))</translation>
    </message>
    <message>
      <source>--comment takes PATH=TEXT, such as "members[2].q5=Check the age"</source>
      <translation>--comment aceita CAMINHO=TEXTO, como "members[2].q5=Verifique a idade"</translation>
    </message>
    <message>
      <source>--listen takes ADDRESS:PORT, such as 0.0.0.0:8443 or 127.0.0.1:0 (any free port)</source>
      <translation>--listen aceita ENDEREÇO:PORTA, como 0.0.0.0:8443 ou 127.0.0.1:0 (qualquer porta livre)</translation>
    </message>
    <message>
      <source>--preload takes a JSON object, such as '{"household_id": "H-0001"}'</source>
      <translation>--preload aceita um objeto JSON, como '{"household_id": "H-0001"}'</translation>
    </message>
    <message>
      <source>also at %1://%2:%3</source>
      <translation>também em %1://%2:%3</translation>
    </message>
    <message>
      <source>assignment %1: household %2 for %3, form %4 %5</source>
      <translation>atribuição %1: domicílio %2 para %3, formulário %4 %5</translation>
    </message>
    <message>
      <source>certificate SHA-256 %1</source>
      <translation>certificado SHA-256 %1</translation>
    </message>
    <message>
      <source>certificate SHA-256 %1 pinned</source>
      <translation>certificado SHA-256 %1 fixado</translation>
    </message>
    <message>
      <source>conflict %1 settled: the enumerator's version is now the interview</source>
      <translation>conflito %1 resolvido: a versão do entrevistador agora é a entrevista</translation>
    </message>
    <message>
      <source>conflict %1 settled: the supervisor's copy stays; the enumerator's version is kept in the conflict</source>
      <translation>conflito %1 resolvido: a cópia do supervisor permanece; a versão do entrevistador é guardada no conflito</translation>
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
      <translation>enumera conflicts --db BD [--all] [--json] | conflicts resolve --db BD CONFLITO|ENTREVISTA --keep server|enumerator [--as NOME]</translation>
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
      <translation>entrevistador %1 (%2)</translation>
    </message>
    <message>
      <source>enumerator %1 revoked: the server refuses that laptop from now on</source>
      <translation>entrevistador %1 revogado: o servidor recusa esse computador a partir de agora</translation>
    </message>
    <message>
      <source>form %1 %2 published: every enumerator receives it at the next sync</source>
      <translation>formulário %1 %2 publicado: cada entrevistador o recebe na próxima sincronização</translation>
    </message>
    <message>
      <source>from %1: %2 interview(s): %3 stored, %4 already there, %5 conflict(s)</source>
      <translation>de %1: %2 entrevista(s): %3 armazenadas, %4 já estavam, %5 conflito(s)</translation>
    </message>
    <message>
      <source>interview %1 (%2): %3, revision %4</source>
      <translation>entrevista %1 (%2): %3, revisão %4</translation>
    </message>
    <message>
      <source>interview %1 approved</source>
      <translation>entrevista %1 aprovada</translation>
    </message>
    <message>
      <source>interview %1 has no open conflict (enumera conflicts lists them)</source>
      <translation>a entrevista %1 não tem conflito aberto (enumera conflicts os lista)</translation>
    </message>
    <message>
      <source>interview %1 rejected: it goes back to the enumerator at the next sync</source>
      <translation>entrevista %1 rejeitada: volta ao entrevistador na próxima sincronização</translation>
    </message>
    <message>
      <source>interview %1 started for household %2</source>
      <translation>entrevista %1 iniciada para o domicílio %2</translation>
    </message>
    <message>
      <source>last seen %1</source>
      <translation>visto pela última vez %1</translation>
    </message>
    <message>
      <source>listening on %1 for %2</source>
      <translation>escutando em %1 para %2</translation>
    </message>
    <message>
      <source>never seen</source>
      <translation>nunca visto</translation>
    </message>
    <message>
      <source>nothing to send</source>
      <translation>nada a enviar</translation>
    </message>
    <message>
      <source>paired as %1 (%2) with the server at %3</source>
      <translation>pareado como %1 (%2) com o servidor em %3</translation>
    </message>
    <message>
      <source>pairing code %1, for one use, valid until %2</source>
      <translation>código de pareamento %1, para um único uso, válido até %2</translation>
    </message>
    <message>
      <source>plain HTTP: for tests on this computer only; anyone on the network can read and change what is sent</source>
      <translation>HTTP sem criptografia: só para testes neste computador; qualquer pessoa na rede pode ler e alterar o que é enviado</translation>
    </message>
    <message>
      <source>received: %1 interview(s) to correct, %2 approved, %3 other change(s), %4 new form(s), %5 assignment(s)</source>
      <translation>recebido: %1 entrevista(s) a corrigir, %2 aprovadas, %3 outra(s) alteração(ões), %4 formulário(s) novo(s), %5 atribuição(ões)</translation>
    </message>
    <message>
      <source>refused: %1</source>
      <translation>recusado: %1</translation>
    </message>
    <message>
      <source>sent %1 interview(s): %2 stored, %3 already there, %4 kept beside the supervisor's copy as a conflict</source>
      <translation>enviadas %1 entrevista(s): %2 armazenadas, %3 já estavam, %4 guardadas ao lado da cópia do supervisor como conflito</translation>
    </message>
    <message>
      <source>server certificate SHA-256 %1</source>
      <translation>certificado do servidor SHA-256 %1</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>parado</translation>
    </message>
    <message>
      <source>the form %1 has errors</source>
      <translation>o formulário %1 tem erros</translation>
    </message>
    <message>
      <source>unknown option %1</source>
      <translation>opção desconhecida %1</translation>
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
      <translation>%1 não é um endereço de servidor</translation>
    </message>
    <message>
      <source>%1 is not a server address (https://ADDRESS:PORT)</source>
      <translation>%1 não é um endereço de servidor (https://ENDEREÇO:PORTA)</translation>
    </message>
    <message>
      <source>%1 is not an Enumera sync server</source>
      <translation>%1 não é um servidor de sincronização do Enumera</translation>
    </message>
    <message>
      <source>%1 is plain HTTP, which anyone on the network can read and change; use the https:// address the supervisor gives</source>
      <translation>%1 é HTTP sem criptografia, que qualquer pessoa na rede pode ler e alterar; use o endereço https:// que o supervisor fornece</translation>
    </message>
    <message>
      <source>%1 showed no certificate</source>
      <translation>%1 não mostrou nenhum certificado</translation>
    </message>
    <message>
      <source>HTTP status %1</source>
      <translation>status HTTP %1</translation>
    </message>
    <message>
      <source>a pairing code is 12 letters and digits, such as ABCD-EFGH-JKMN (there is no 0, O, 1, I or L in them)</source>
      <translation>um código de pareamento tem 12 letras e dígitos, como ABCD-EFGH-JKMN (não há 0, O, 1, I nem L)</translation>
    </message>
    <message>
      <source>an interview holds text that is not valid UTF-8 (%1)</source>
      <translation>uma entrevista contém texto que não é UTF-8 válido (%1)</translation>
    </message>
    <message>
      <source>the certificate of %1 begins %2, not %3 as the supervisor read out: this may be another computer than the supervisor's (on another network?). Nothing was sent; check the address and the digits with your supervisor</source>
      <translation>o certificado de %1 começa por %2, não por %3 como o supervisor leu: pode ser outro computador e não o do supervisor (outra rede?). Nada foi enviado; confira o endereço e os dígitos com seu supervisor</translation>
    </message>
    <message>
      <source>the connection to %1 failed: %2</source>
      <translation>a conexão com %1 falhou: %2</translation>
    </message>
    <message>
      <source>the server %1 was not found on the network</source>
      <translation>o servidor %1 não foi encontrado na rede</translation>
    </message>
    <message>
      <source>the server at %1 closed the connection before answering</source>
      <translation>o servidor em %1 fechou a conexão antes de responder</translation>
    </message>
    <message>
      <source>the server at %1 did not answer in time</source>
      <translation>o servidor em %1 não respondeu a tempo</translation>
    </message>
    <message>
      <source>the server at %1 refused the connection: is the supervisor's server running, and is this the right address?</source>
      <translation>o servidor em %1 recusou a conexão: o servidor do supervisor está funcionando, e este é o endereço certo?</translation>
    </message>
    <message>
      <source>the server at %1 showed a certificate (SHA-256 %2) that is not the one pinned at pairing (%3): it may be another computer; nothing was sent. If the supervisor's server has a new certificate, pair again.</source>
      <translation>o servidor em %1 mostrou um certificado (SHA-256 %2) que não é o fixado no pareamento (%3): pode ser outro computador; nada foi enviado. Se o servidor do supervisor tiver um certificado novo, pareie novamente.</translation>
    </message>
    <message>
      <source>the server at %1 showed a certificate that is not the one pinned at pairing</source>
      <translation>o servidor em %1 mostrou um certificado que não é o fixado no pareamento</translation>
    </message>
    <message>
      <source>the server refused the request: %1</source>
      <translation>o servidor recusou a solicitação: %1</translation>
    </message>
    <message>
      <source>the server's answer does not prove that it knows the pairing code: the connection is not direct to the supervisor's server; nothing was kept</source>
      <translation>a resposta do servidor não prova que ele conhece o código de pareamento: a conexão não é direta com o servidor do supervisor; nada foi guardado</translation>
    </message>
    <message>
      <source>the server's answer is not JSON</source>
      <translation>a resposta do servidor não é JSON</translation>
    </message>
    <message>
      <source>the server's answer to pairing is not valid</source>
      <translation>a resposta do servidor ao pareamento não é válida</translation>
    </message>
    <message>
      <source>this laptop is not paired with a supervisor's server yet (enumera pair)</source>
      <translation>este computador ainda não está pareado com o servidor de um supervisor (enumera pair)</translation>
    </message>
    <message>
      <source>this laptop was paired over HTTPS; it does not send interviews over plain HTTP (%1)</source>
      <translation>este computador foi pareado por HTTPS; não envia entrevistas por HTTP sem criptografia (%1)</translation>
    </message>
    <message>
      <source>this laptop was paired over plain HTTP, so it cannot check %1's certificate; pair again over HTTPS</source>
      <translation>este computador foi pareado por HTTP sem criptografia, então não pode verificar o certificado de %1; pareie novamente por HTTPS</translation>
    </message>
  </context>
  <context>
    <name>SyncCrypto</name>
    <message>
      <source>a signing key could not be made: %1</source>
      <translation>não foi possível criar uma chave de assinatura: %1</translation>
    </message>
    <message>
      <source>signing failed: %1</source>
      <translation>a assinatura falhou: %1</translation>
    </message>
    <message>
      <source>the server's TLS certificate could not be made: %1</source>
      <translation>não foi possível criar o certificado TLS do servidor: %1</translation>
    </message>
    <message>
      <source>the signing key is damaged: %1</source>
      <translation>a chave de assinatura está danificada: %1</translation>
    </message>
    <message>
      <source>unknown error</source>
      <translation>erro desconhecido</translation>
    </message>
  </context>
  <context>
    <name>SyncData</name>
    <message>
      <source>"%1" is missing or not a text</source>
      <translation>"%1" está ausente ou não é um texto</translation>
    </message>
    <message>
      <source>"%1" is missing or not a whole number</source>
      <translation>"%1" está ausente ou não é um número inteiro</translation>
    </message>
    <message>
      <source>"%1" is not a status</source>
      <translation>"%1" não é um status</translation>
    </message>
    <message>
      <source>"answers" is missing or not a list</source>
      <translation>"answers" está ausente ou não é uma lista</translation>
    </message>
    <message>
      <source>"comments" is missing or not a list</source>
      <translation>"comments" está ausente ou não é uma lista</translation>
    </message>
    <message>
      <source>"completed" is missing or of the wrong type</source>
      <translation>"completed" está ausente ou é de um tipo errado</translation>
    </message>
    <message>
      <source>"confirmations" is missing or not a list</source>
      <translation>"confirmations" está ausente ou não é uma lista</translation>
    </message>
    <message>
      <source>"discarded" is missing or not true or false</source>
      <translation>"discarded" está ausente ou não é true nem false</translation>
    </message>
    <message>
      <source>"events" is missing or not a list</source>
      <translation>"events" está ausente ou não é uma lista</translation>
    </message>
    <message>
      <source>"rows" is missing or not a list</source>
      <translation>"rows" está ausente ou não é uma lista</translation>
    </message>
    <message>
      <source>a comment is not [origin, id, path, author, text, at, offset]</source>
      <translation>um comentário não é [origin, id, path, author, text, at, offset]</translation>
    </message>
    <message>
      <source>a confirmation is not [path, reason]</source>
      <translation>uma confirmação não é [path, reason]</translation>
    </message>
    <message>
      <source>a file of form %1 is not {"name", "text"}</source>
      <translation>um arquivo do formulário %1 não é {"name", "text"}</translation>
    </message>
    <message>
      <source>a form is not {"hash", "form_id", "version", "sources"}</source>
      <translation>um formulário não é {"hash", "form_id", "version", "sources"}</translation>
    </message>
    <message>
      <source>a row is not a path</source>
      <translation>uma linha não é um caminho</translation>
    </message>
    <message>
      <source>an answer is not [path, kind, value]</source>
      <translation>uma resposta não é [path, kind, value]</translation>
    </message>
    <message>
      <source>an event is not [origin, seq, at, offset, user, kind, path, old, new]</source>
      <translation>um evento não é [origin, seq, at, offset, user, kind, path, old, new]</translation>
    </message>
    <message>
      <source>an interview is not a JSON object</source>
      <translation>uma entrevista não é um objeto JSON</translation>
    </message>
    <message>
      <source>interview %1: %2</source>
      <translation>entrevista %1: %2</translation>
    </message>
    <message>
      <source>its checksum does not match its content (it was damaged on the way)</source>
      <translation>sua soma de verificação não confere com seu conteúdo (foi danificado no caminho)</translation>
    </message>
    <message>
      <source>the answer at %1 is not a valid value</source>
      <translation>a resposta em %1 não é um valor válido</translation>
    </message>
    <message>
      <source>the files of form %1 do not match its hash (they were damaged on the way)</source>
      <translation>os arquivos do formulário %1 não conferem com seu hash (foram danificados no caminho)</translation>
    </message>
    <message>
      <source>the form %1 does not load</source>
      <translation>o formulário %1 não carrega</translation>
    </message>
    <message>
      <source>the form %1 is not the form its files define</source>
      <translation>o formulário %1 não é o que seus arquivos definem</translation>
    </message>
    <message>
      <source>the interview's id or form hash is not valid</source>
      <translation>o id ou o hash do formulário da entrevista não é válido</translation>
    </message>
    <message>
      <source>the revision is not a positive number</source>
      <translation>a revisão não é um número positivo</translation>
    </message>
  </context>
  <context>
    <name>SyncEnumerator</name>
    <message>
      <source>; nothing was taken</source>
      <translation>; nada foi aceito</translation>
    </message>
    <message>
      <source>a receipt of the server's answer is not valid; nothing was marked as sent</source>
      <translation>um recibo da resposta do servidor não é válido; nada foi marcado como enviado</translation>
    </message>
    <message>
      <source>an assignment from the server is not valid; nothing was taken</source>
      <translation>uma atribuição do servidor não é válida; nada foi aceito</translation>
    </message>
    <message>
      <source>interview %1: %2</source>
      <translation>entrevista %1: %2</translation>
    </message>
    <message>
      <source>listing the interviews to send</source>
      <translation>listando as entrevistas a enviar</translation>
    </message>
    <message>
      <source>marking the interviews sent</source>
      <translation>marcando as entrevistas como enviadas</translation>
    </message>
    <message>
      <source>reading the forms</source>
      <translation>lendo os formulários</translation>
    </message>
    <message>
      <source>reading the interviews to send</source>
      <translation>lendo as entrevistas a enviar</translation>
    </message>
    <message>
      <source>reading the pairing</source>
      <translation>lendo o pareamento</translation>
    </message>
    <message>
      <source>saving the clock's offset</source>
      <translation>salvando a diferença do relógio</translation>
    </message>
    <message>
      <source>saving the pairing</source>
      <translation>salvando o pareamento</translation>
    </message>
    <message>
      <source>taking what the server sent</source>
      <translation>aceitando o que o servidor enviou</translation>
    </message>
    <message>
      <source>the answer is not signed by the server this laptop was paired with (it was changed on the way, or it comes from another computer); it was not used</source>
      <translation>a resposta não está assinada pelo servidor com o qual este computador foi pareado (foi alterada no caminho, ou vem de outro computador); não foi usada</translation>
    </message>
    <message>
      <source>the server's answer has no receipts; nothing was marked as sent</source>
      <translation>a resposta do servidor não tem recibos; nada foi marcado como enviado</translation>
    </message>
    <message>
      <source>the server's answer to the pull is not valid; nothing was taken</source>
      <translation>a resposta do servidor ao pull não é válida; nada foi aceito</translation>
    </message>
  </context>
  <context>
    <name>SyncPackage</name>
    <message>
      <source>%1 cannot be read: %2</source>
      <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
      <source>%1 cannot be written: %2</source>
      <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
      <source>%1 is a sync package of an unknown kind (%2)</source>
      <translation>%1 é um pacote de sincronização de um tipo desconhecido (%2)</translation>
    </message>
    <message>
      <source>%1 is a sync package of format %2, which this version of Enumera does not know (it reads format 1): update Enumera; %3</source>
      <translation>%1 é um pacote de sincronização no formato %2, que esta versão do Enumera não conhece (lê o formato 1): atualize o Enumera; %3</translation>
    </message>
    <message>
      <source>%1 is an enumerator's package, for the supervisor's laptop</source>
      <translation>%1 é um pacote de um entrevistador, para o computador do supervisor</translation>
    </message>
    <message>
      <source>%1 is cut short (its header is incomplete), perhaps an interrupted copy; %2</source>
      <translation>%1 está incompleto (seu cabeçalho não está completo), talvez uma cópia interrompida; %2</translation>
    </message>
    <message>
      <source>%1 is cut short: it holds %2 of its %3 bytes, perhaps an interrupted copy; %4</source>
      <translation>%1 está incompleto: contém %2 dos seus %3 bytes, talvez uma cópia interrompida; %4</translation>
    </message>
    <message>
      <source>%1 is damaged: its content does not match its checksum; %2</source>
      <translation>%1 está danificado: seu conteúdo não confere com sua soma de verificação; %2</translation>
    </message>
    <message>
      <source>%1 is damaged: its header is not valid; %2</source>
      <translation>%1 está danificado: seu cabeçalho não é válido; %2</translation>
    </message>
    <message>
      <source>%1 is not an Enumera sync package; %2</source>
      <translation>%1 não é um pacote de sincronização do Enumera; %2</translation>
    </message>
    <message>
      <source>%1 is not an answer that can be taken</source>
      <translation>%1 não é uma resposta que possa ser aceita</translation>
    </message>
    <message>
      <source>%1 is the supervisor's answer for an enumerator's laptop, not a package from an enumerator</source>
      <translation>%1 é a resposta do supervisor para o computador de um entrevistador, não um pacote de um entrevistador</translation>
    </message>
    <message>
      <source>%1 was made by another supervisor's server, or for another enumerator; nothing was taken</source>
      <translation>%1 foi feito pelo servidor de outro supervisor, ou para outro entrevistador; nada foi aceito</translation>
    </message>
    <message>
      <source>%1 was made for another supervisor's server; nothing was stored</source>
      <translation>%1 foi feito para o servidor de outro supervisor; nada foi armazenado</translation>
    </message>
    <message>
      <source>%1 was made with sync protocol %2, which this version of Enumera does not speak (it speaks protocol %3): %4; %5</source>
      <translation>%1 foi feito com o protocolo de sincronização %2, que esta versão do Enumera não fala (fala o protocolo %3): %4; %5</translation>
    </message>
    <message>
      <source>%1 was refused: %2</source>
      <translation>%1 foi recusado: %2</translation>
    </message>
    <message>
      <source>an interview holds text that is not valid UTF-8 (%1)</source>
      <translation>uma entrevista contém texto que não é UTF-8 válido (%1)</translation>
    </message>
    <message>
      <source>interview %1: %2</source>
      <translation>entrevista %1: %2</translation>
    </message>
    <message>
      <source>nothing was stored</source>
      <translation>nada foi armazenado</translation>
    </message>
    <message>
      <source>reading the forms</source>
      <translation>lendo os formulários</translation>
    </message>
    <message>
      <source>the team has no enumerator %1</source>
      <translation>a equipe não tem nenhum entrevistador %1</translation>
    </message>
    <message>
      <source>this laptop is not paired with a supervisor's server yet (enumera pair): a package needs the pairing's keys</source>
      <translation>este computador ainda não está pareado com o servidor de um supervisor (enumera pair): um pacote precisa das chaves do pareamento</translation>
    </message>
    <message>
      <source>this laptop is not paired with a supervisor's server, so it cannot check %1</source>
      <translation>este computador não está pareado com o servidor de um supervisor, então não pode verificar %1</translation>
    </message>
    <message>
      <source>update Enumera</source>
      <translation>atualize o Enumera</translation>
    </message>
    <message>
      <source>update the other laptop</source>
      <translation>atualize o outro computador</translation>
    </message>
  </context>
  <context>
    <name>SyncReceiver</name>
    <message>
      <source>%1 takes %2</source>
      <translation>%1 aceita %2</translation>
    </message>
    <message>
      <source>; nothing was stored</source>
      <translation>; nada foi armazenado</translation>
    </message>
    <message>
      <source>a pairing request is {"public_key", "nonce", "proof", "device"}</source>
      <translation>uma solicitação de pareamento é {"public_key", "nonce", "proof", "device"}</translation>
    </message>
    <message>
      <source>a pull is {"since": CURSOR}</source>
      <translation>um pull é {"since": CURSOR}</translation>
    </message>
    <message>
      <source>a push is {"interviews": [...], "forms": [...]}</source>
      <translation>um push é {"interviews": [...], "forms": [...]}</translation>
    </message>
    <message>
      <source>enumerator %1 has not paired a laptop yet</source>
      <translation>o entrevistador %1 ainda não pareou um computador</translation>
    </message>
    <message>
      <source>enumerator %1 was revoked by the supervisor; nothing was stored</source>
      <translation>o supervisor revogou o entrevistador %1; nada foi armazenado</translation>
    </message>
    <message>
      <source>interview %1: "base_version" is missing or not a whole number</source>
      <translation>entrevista %1: "base_version" está ausente ou não é um número inteiro</translation>
    </message>
    <message>
      <source>the interview was received from enumerator %1</source>
      <translation>a entrevista foi recebida do entrevistador %1</translation>
    </message>
    <message>
      <source>the pairing code is not valid: it is mistyped, expired or already used, or the connection to the server is not direct; ask the supervisor for a new code</source>
      <translation>o código de pareamento não é válido: foi digitado errado, expirou ou já foi usado, ou a conexão com o servidor não é direta; peça um novo código ao supervisor</translation>
    </message>
    <message>
      <source>the pairing request's key or nonce is not valid</source>
      <translation>a chave ou o nonce da solicitação de pareamento não é válido</translation>
    </message>
    <message>
      <source>the request does not say which sync protocol it speaks (header Enumera-Protocol)</source>
      <translation>a solicitação não diz qual protocolo de sincronização fala (cabeçalho Enumera-Protocol)</translation>
    </message>
    <message>
      <source>the request is not signed (headers Enumera-Enumerator, Enumera-Timestamp, Enumera-Nonce and Enumera-Signature)</source>
      <translation>a solicitação não está assinada (cabeçalhos Enumera-Enumerator, Enumera-Timestamp, Enumera-Nonce e Enumera-Signature)</translation>
    </message>
    <message>
      <source>the request is too large for the server; send fewer interviews at a time</source>
      <translation>a solicitação é grande demais para o servidor; envie menos entrevistas de cada vez</translation>
    </message>
    <message>
      <source>the request speaks sync protocol %1, which this server does not know (it speaks protocol %2): update Enumera on the supervisor's laptop</source>
      <translation>a solicitação fala o protocolo de sincronização %1, que este servidor não conhece (fala o protocolo %2): atualize o Enumera no computador do supervisor</translation>
    </message>
    <message>
      <source>the request speaks sync protocol %1, which this server no longer speaks (it speaks protocol %2): update Enumera on this laptop</source>
      <translation>a solicitação fala o protocolo de sincronização %1, que este servidor não fala mais (fala o protocolo %2): atualize o Enumera neste computador</translation>
    </message>
    <message>
      <source>the request's body is not a JSON object</source>
      <translation>o corpo da solicitação não é um objeto JSON</translation>
    </message>
    <message>
      <source>the request's time (%1) is more than %2 minutes from the server's (%3)</source>
      <translation>a hora da solicitação (%1) difere em mais de %2 minutos da do servidor (%3)</translation>
    </message>
    <message>
      <source>the server could not store the request (%1); nothing was stored: try again</source>
      <translation>o servidor não pôde armazenar a solicitação (%1); nada foi armazenado: tente novamente</translation>
    </message>
    <message>
      <source>the server could not write its answer; ask again</source>
      <translation>o servidor não conseguiu escrever a sua resposta; peça novamente</translation>
    </message>
    <message>
      <source>the server does not have the form this interview was started on; send it with the interview</source>
      <translation>o servidor não tem o formulário com que esta entrevista foi iniciada; envie-o com a entrevista</translation>
    </message>
    <message>
      <source>the server holds an interview with this id that was not received from an enumerator</source>
      <translation>o servidor tem uma entrevista com este id que não foi recebida de um entrevistador</translation>
    </message>
    <message>
      <source>the signature does not verify: the content was changed after it was signed, or it was not signed by the laptop paired as %1; nothing was stored</source>
      <translation>a assinatura não confere: o conteúdo mudou depois de assinado, ou não foi assinado pelo computador pareado como %1; nada foi armazenado</translation>
    </message>
    <message>
      <source>there is no %1 in sync protocol %2</source>
      <translation>não há %1 no protocolo de sincronização %2</translation>
    </message>
    <message>
      <source>this request was received before (the same nonce); it is not applied twice</source>
      <translation>esta solicitação já foi recebida antes (o mesmo nonce); não é aplicada duas vezes</translation>
    </message>
    <message>
      <source>this server's team has no enumerator %1</source>
      <translation>a equipe deste servidor não tem nenhum entrevistador %1</translation>
    </message>
  </context>
  <context>
    <name>SyncReview</name>
    <message>
      <source>%1 is not a question of interview %2: %3</source>
      <translation>%1 não é uma pergunta da entrevista %2: %3</translation>
    </message>
    <message>
      <source>a rejection needs a reason, for the enumerator</source>
      <translation>uma rejeição precisa de um motivo, para o entrevistador</translation>
    </message>
    <message>
      <source>conflict %1 is already settled (%2)</source>
      <translation>o conflito %1 já está resolvido (%2)</translation>
    </message>
    <message>
      <source>interview %1 is still in progress: only a completed or approved interview can be rejected</source>
      <translation>a entrevista %1 ainda está em andamento: só uma entrevista concluída ou aprovada pode ser rejeitada</translation>
    </message>
    <message>
      <source>listing the conflicts</source>
      <translation>listando os conflitos</translation>
    </message>
    <message>
      <source>reading what was received</source>
      <translation>lendo o que foi recebido</translation>
    </message>
    <message>
      <source>reading who sent the interviews</source>
      <translation>ler quem enviou as entrevistas</translation>
    </message>
    <message>
      <source>settling the conflict</source>
      <translation>resolvendo o conflito</translation>
    </message>
    <message>
      <source>the comment at %1 is empty</source>
      <translation>o comentário em %1 está vazio</translation>
    </message>
    <message>
      <source>there is no conflict %1</source>
      <translation>não existe o conflito %1</translation>
    </message>
  </context>
  <context>
    <name>SyncServer</name>
    <message>
      <source>%1 cannot be read: %2</source>
      <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
      <source>%1 cannot be written: %2</source>
      <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
      <source>opening the database</source>
      <translation>abrindo o banco de dados</translation>
    </message>
    <message>
      <source>the server's certificate %1 or its key %2 is damaged; remove both to make new ones (enumerators then pair again)</source>
      <translation>o certificado do servidor %1 ou sua chave %2 está danificado; remova ambos para criar novos (os entrevistadores terão de parear novamente)</translation>
    </message>
    <message>
      <source>the sync server cannot listen on %1 port %2 (in use, or not an address of this computer)</source>
      <translation>o servidor de sincronização não pode escutar em %1 porta %2 (em uso, ou não é um endereço deste computador)</translation>
    </message>
  </context>
  <context>
    <name>SyncServerStorage</name>
    <message>
      <source>%1 has no sync identity</source>
      <translation>%1 não tem identidade de sincronização</translation>
    </message>
    <message>
      <source>reading the server's identity</source>
      <translation>lendo a identidade do servidor</translation>
    </message>
    <message>
      <source>storing what was received</source>
      <translation>armazenando o que foi recebido</translation>
    </message>
  </context>
  <context>
    <name>SyncTeam</name>
    <message>
      <source>adding the enumerator</source>
      <translation>adicionando o entrevistador</translation>
    </message>
    <message>
      <source>an enumerator needs a name</source>
      <translation>um entrevistador precisa de um nome</translation>
    </message>
    <message>
      <source>an enumerator's code is 1 to 32 letters, digits, '-' or '_' (%1 is not)</source>
      <translation>o código de um entrevistador tem de 1 a 32 letras, dígitos, '-' ou '_' (%1 não é)</translation>
    </message>
    <message>
      <source>making a new pairing code</source>
      <translation>criando um novo código de pareamento</translation>
    </message>
    <message>
      <source>reading the team</source>
      <translation>lendo a equipe</translation>
    </message>
    <message>
      <source>revoking the enumerator</source>
      <translation>revogando o entrevistador</translation>
    </message>
    <message>
      <source>the team already has an enumerator %1</source>
      <translation>a equipe já tem um entrevistador %1</translation>
    </message>
    <message>
      <source>the team has no enumerator %1</source>
      <translation>a equipe não tem nenhum entrevistador %1</translation>
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
      <translation>Voltar à entrevista</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>Concluir</translation>
    </message>
    <message>
      <source>Complete the interview</source>
      <translation>Concluir a entrevista</translation>
    </message>
    <message numerus="yes">
      <source>Complete with %n open question(s)</source>
      <translation>
        <numerusform>Concluir com %n pergunta em aberto</numerusform>
        <numerusform>Concluir com %n perguntas em aberto</numerusform>
      </translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Erro</translation>
    </message>
    <message>
      <source>Everything that is asked has been answered. The interview can be completed.</source>
      <translation>Tudo o que é perguntado foi respondido. A entrevista pode ser concluída.</translation>
    </message>
    <message>
      <source>Not answered</source>
      <translation>Sem resposta</translation>
    </message>
    <message>
      <source>Some questions are still open. Choose an entry to go to its question, or complete the interview as it stands.</source>
      <translation>Algumas perguntas continuam em aberto. Escolha uma entrada para ir à pergunta, ou conclua a entrevista como está.</translation>
    </message>
    <message>
      <source>The interview cannot be completed while it has errors: correct them first. Choose an entry to go to its question.</source>
      <translation>A entrevista não pode ser concluída enquanto tiver erros: corrija-os primeiro. Escolha uma entrada para ir à pergunta.</translation>
    </message>
    <message>
      <source>Warning to confirm</source>
      <translation>Aviso a confirmar</translation>
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
      <translation>%1 alterou esta entrevista no seu computador (%2) depois que ela também mudou aqui. As duas versões são mantidas; escolha a que fica como entrevista. Respostas que diferem: %3.</translation>
    </message>
    <message>
      <source>(no answer)</source>
      <translation>(sem resposta)</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Conflito</translation>
    </message>
    <message>
      <source>Conflict not settled</source>
      <translation>Conflito não resolvido</translation>
    </message>
    <message>
      <source>Conflict on household %1</source>
      <translation>Conflito no domicílio %1</translation>
    </message>
    <message>
      <source>Decide later</source>
      <translation>Decidir depois</translation>
    </message>
    <message>
      <source>It is settled already (%1).</source>
      <translation>Já está resolvido (%1).</translation>
    </message>
    <message>
      <source>Keep the server's copy</source>
      <translation>Manter a cópia do servidor</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Pergunta</translation>
    </message>
    <message>
      <source>Take the enumerator's version</source>
      <translation>Adotar a versão do entrevistador</translation>
    </message>
    <message>
      <source>The enumerator's version
(%1, revision %2)</source>
      <translation>A versão do entrevistador
(%1, revisão %2)</translation>
    </message>
    <message>
      <source>The enumerator's version becomes the interview; nothing is deleted.</source>
      <translation>A versão do entrevistador passa a ser a entrevista; nada é apagado.</translation>
    </message>
    <message>
      <source>The server's copy
(%1, revision %2)</source>
      <translation>A cópia do servidor
(%1, revisão %2)</translation>
    </message>
    <message>
      <source>This copy stays; the enumerator's laptop takes it at the next sync. Their version stays in the history.</source>
      <translation>Esta cópia fica; o computador do entrevistador a recebe na próxima sincronização. A versão dele fica no histórico.</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>aprovada</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>concluída</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>em andamento</translation>
    </message>
    <message>
      <source>sent back</source>
      <translation>devolvida</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::DateQuestionWidget</name>
    <message>
      <source>Not a date: write it as year-month-day, for example 2026-03-02.</source>
      <translation>Não é uma data: escreva como ano-mês-dia, por exemplo 2026-03-02.</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Hoje</translation>
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
      <translation>Depois</translation>
    </message>
    <message>
      <source>Approved by %1</source>
      <translation>Aprovada por %1</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <source>Comment by %1 at %2</source>
      <translation>Comentário de %1 em %2</translation>
    </message>
    <message>
      <source>Completed by %1</source>
      <translation>Concluída por %1</translation>
    </message>
    <message>
      <source>Conflict settled by %1: the enumerator's version taken</source>
      <translation>Conflito resolvido por %1: a versão do entrevistador foi adotada</translation>
    </message>
    <message>
      <source>Conflict settled by %1: the server's copy kept</source>
      <translation>Conflito resolvido por %1: a cópia do servidor foi mantida</translation>
    </message>
    <message>
      <source>Every change</source>
      <translation>Cada alteração</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Histórico</translation>
    </message>
    <message>
      <source>History of household %1</source>
      <translation>Histórico do domicílio %1</translation>
    </message>
    <message>
      <source>Now: %1, revision %2, from %3</source>
      <translation>Agora: %1, revisão %2, de %3</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Pergunta</translation>
    </message>
    <message>
      <source>Revision %1 received (%2)</source>
      <translation>Revisão %1 recebida (%2)</translation>
    </message>
    <message>
      <source>Revisions and decisions</source>
      <translation>Revisões e decisões</translation>
    </message>
    <message>
      <source>Sent back by %1</source>
      <translation>Devolvida por %1</translation>
    </message>
    <message>
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Quem</translation>
    </message>
    <message>
      <source>answer cleared</source>
      <translation>resposta apagada</translation>
    </message>
    <message>
      <source>answer given</source>
      <translation>resposta dada</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>aprovada</translation>
    </message>
    <message>
      <source>comment</source>
      <translation>comentário</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>concluída</translation>
    </message>
    <message>
      <source>conflict settled</source>
      <translation>conflito resolvido</translation>
    </message>
    <message>
      <source>discarded</source>
      <translation>descartada</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>em andamento</translation>
    </message>
    <message>
      <source>interview started</source>
      <translation>entrevista iniciada</translation>
    </message>
    <message>
      <source>kept beside the server's copy as a conflict</source>
      <translation>guardada ao lado da cópia do servidor como conflito</translation>
    </message>
    <message>
      <source>questionnaire language changed</source>
      <translation>idioma do questionário alterado</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>restaurada</translation>
    </message>
    <message>
      <source>row added</source>
      <translation>linha adicionada</translation>
    </message>
    <message>
      <source>row removed</source>
      <translation>linha removida</translation>
    </message>
    <message>
      <source>sent back</source>
      <translation>devolvida</translation>
    </message>
    <message>
      <source>status changed</source>
      <translation>situação alterada</translation>
    </message>
    <message>
      <source>stored: it became the server's copy</source>
      <translation>guardada: passou a ser a cópia do servidor</translation>
    </message>
    <message>
      <source>the enumerator's version</source>
      <translation>a versão do entrevistador</translation>
    </message>
    <message>
      <source>the same as the copy here</source>
      <translation>igual à cópia daqui</translation>
    </message>
    <message>
      <source>the server's copy</source>
      <translation>a cópia do servidor</translation>
    </message>
    <message>
      <source>warning confirmed</source>
      <translation>aviso confirmado</translation>
    </message>
    <message>
      <source>“%1”</source>
      <translation>“%1”</translation>
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
      <translation>Aprovada</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Concluída</translation>
    </message>
    <message>
      <source>Discarded</source>
      <translation>Descartadas</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Domicílio</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Em andamento</translation>
    </message>
    <message>
      <source>Interview %1, started %2</source>
      <translation>Entrevista %1, iniciada %2</translation>
    </message>
    <message>
      <source>Last change</source>
      <translation>Última alteração</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progresso</translation>
    </message>
    <message>
      <source>Sent back</source>
      <translation>Devolvida</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>não iniciada</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::InterviewListScreen</name>
    <message>
      <source>+ New interview</source>
      <translation>+ Nova entrevista</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Todos os status</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Discard the interview with household %1? It is kept on this laptop and can be restored from “Discarded”, but it will not be sent.</source>
      <translation>Descartar a entrevista do domicílio %1? Ela fica guardada neste computador e pode ser restaurada em “Descartadas”, mas não será enviada.</translation>
    </message>
    <message>
      <source>Discard the interview?</source>
      <translation>Descartar a entrevista?</translation>
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
      <translation>Manter</translation>
    </message>
    <message>
      <source>No interviews here yet. Start one with “New interview”.</source>
      <translation>Ainda não há entrevistas. Comece uma com “Nova entrevista”.</translation>
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
      <translation>Buscar por domicílio…</translation>
    </message>
    <message>
      <source>Start an interview with a household (Ctrl+N)</source>
      <translation>Começar uma entrevista com um domicílio (Ctrl+N)</translation>
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
      <translation>Aprovada</translation>
    </message>
    <message>
      <source>Back to the list of interviews (answers are already saved)</source>
      <translation>Voltar à lista de entrevistas (as respostas já estão salvas)</translation>
    </message>
    <message>
      <source>Comment not saved</source>
      <translation>Comentário não salvo</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Concluída</translation>
    </message>
    <message>
      <source>Complete…</source>
      <translation>Concluir…</translation>
    </message>
    <message>
      <source>Correct what is needed, then complete it again.</source>
      <translation>Corrija o que for preciso e conclua-a novamente.</translation>
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
      <translation>Enter: próxima pergunta · Ctrl+L: seções · Ctrl+K: confirmar</translation>
    </message>
    <message>
      <source>Enter: next question · Ctrl+L: sections · Ctrl+M: comment</source>
      <translation>Enter: próxima pergunta · Ctrl+L: seções · Ctrl+M: comentar</translation>
    </message>
    <message>
      <source>Household %1</source>
      <translation>Domicílio %1</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Em andamento</translation>
    </message>
    <message>
      <source>Next section ›</source>
      <translation>Próxima seção ›</translation>
    </message>
    <message>
      <source>No row added</source>
      <translation>Nenhuma linha foi adicionada</translation>
    </message>
    <message>
      <source>Not completed</source>
      <translation>Não concluída</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Não salvo</translation>
    </message>
    <message>
      <source>Questionnaire language</source>
      <translation>Idioma do questionário</translation>
    </message>
    <message>
      <source>See what is missing and complete the interview (Ctrl+Return)</source>
      <translation>Ver o que falta e concluir a entrevista (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Sent back</source>
      <translation>Devolvida</translation>
    </message>
    <message>
      <source>Sent back by %1 on %2: “%3”.</source>
      <translation>Devolvida por %1 em %2: “%3”.</translation>
    </message>
    <message>
      <source>Sent back by the supervisor.</source>
      <translation>Devolvida pelo supervisor.</translation>
    </message>
    <message>
      <source>The last change could not be saved, and the interview is shown as it was saved before it.

%1</source>
      <translation>A última alteração não pôde ser salva, e a entrevista é mostrada como estava salva antes dela.

%1</translation>
    </message>
    <message numerus="yes">
      <source>The supervisor's comments are shown at their questions (%n).</source>
      <translation>
        <numerusform>O comentário do supervisor aparece na sua pergunta (%n).</numerusform>
        <numerusform>Os comentários do supervisor aparecem nas suas perguntas (%n).</numerusform>
      </translation>
    </message>
    <message>
      <source>This interview is %1 and can no longer be changed. A supervisor can send it back if something needs correcting.</source>
      <translation>Esta entrevista está %1 e não pode mais ser alterada. Um supervisor pode devolvê-la se houver algo a corrigir.</translation>
    </message>
    <message>
      <source>‹ Interviews</source>
      <translation>‹ Entrevistas</translation>
    </message>
    <message>
      <source>‹ Previous section</source>
      <translation>‹ Seção anterior</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::MainWindow</name>
    <message>
      <source>%1 in %2 is not an address to listen on</source>
      <translation>%1 em %2 não é um endereço em que escutar</translation>
    </message>
    <message>
      <source>%1 sent another version of this interview after it changed here: settle the conflict from the list (Compare and settle) before approving or sending it back.</source>
      <translation>%1 enviou outra versão desta entrevista depois que ela mudou aqui: resolva o conflito pela lista (Comparar e resolver) antes de aprová-la ou devolvê-la.</translation>
    </message>
    <message>
      <source>%1 — Enumera</source>
      <translation>%1 — Enumera</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Aprovar</translation>
    </message>
    <message>
      <source>Approved. It can still be sent back if something needs correcting.</source>
      <translation>Aprovada. Ainda pode ser devolvida se algo precisar de correção.</translation>
    </message>
    <message>
      <source>Assigned household</source>
      <translation>Domicílio atribuído</translation>
    </message>
    <message>
      <source>Enumera</source>
      <translation>Enumera</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>Histórico…</translation>
    </message>
    <message>
      <source>In progress on %1's laptop (sent as a backup): it can be reviewed once completed.</source>
      <translation>Em andamento no computador de %1 (enviada como cópia de segurança): pode ser revisada quando for concluída.</translation>
    </message>
    <message>
      <source>New interview</source>
      <translation>Nova entrevista</translation>
    </message>
    <message>
      <source>New interview on this form</source>
      <translation>Nova entrevista com este formulário</translation>
    </message>
    <message>
      <source>Open interview</source>
      <translation>Abrir entrevista</translation>
    </message>
    <message>
      <source>Preview %1</source>
      <translation>Pré-visualização %1</translation>
    </message>
    <message numerus="yes">
      <source>Preview of %1, loaded at %2 (%n warning(s)). The form is loaded again whenever the file changes.</source>
      <translation>
        <numerusform>Pré-visualização de %1, carregada às %2 (%n aviso). O formulário é recarregado sempre que o arquivo muda.</numerusform>
        <numerusform>Pré-visualização de %1, carregada às %2 (%n avisos). O formulário é recarregado sempre que o arquivo muda.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Preview of %1: the file no longer loads (%n error(s)). New interviews use the last version that loaded.</source>
      <translation>
        <numerusform>Pré-visualização de %1: o arquivo não carrega mais (%n erro). As novas entrevistas usam a última versão que carregou.</numerusform>
        <numerusform>Pré-visualização de %1: o arquivo não carrega mais (%n erros). As novas entrevistas usam a última versão que carregou.</numerusform>
      </translation>
    </message>
    <message>
      <source>Review of %1 — Enumera</source>
      <translation>Revisão de %1 — Enumera</translation>
    </message>
    <message>
      <source>Revision %1 from %2, completed %3. Comment on any question (Comment…, or Ctrl+M), then approve the interview or send it back.</source>
      <translation>Revisão %1 de %2, concluída em %3. Comente qualquer pergunta (Comentar…, ou Ctrl+M) e depois aprove a entrevista ou devolva-a.</translation>
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
      <translation>Devolver a entrevista ao entrevistador com um motivo; seus comentários vão junto</translation>
    </message>
    <message>
      <source>Sent back to %1, waiting for the correction. Comments and another sending back reach the enumerator at their next sync.</source>
      <translation>Devolvida a %1, aguardando a correção. Comentários e uma nova devolução chegam ao entrevistador na próxima sincronização dele.</translation>
    </message>
    <message>
      <source>Supervision — Enumera</source>
      <translation>Supervisão — Enumera</translation>
    </message>
    <message>
      <source>Sync server</source>
      <translation>Servidor de sincronização</translation>
    </message>
    <message>
      <source>The data folder %1 cannot be created.</source>
      <translation>Não é possível criar a pasta de dados %1.</translation>
    </message>
    <message>
      <source>The embedded form does not load:
%1</source>
      <translation>O formulário incorporado não carrega:
%1</translation>
    </message>
    <message>
      <source>The form does not load; see the diagnostics above.</source>
      <translation>O formulário não carrega; veja os diagnósticos acima.</translation>
    </message>
    <message>
      <source>The sync server did not start: %1</source>
      <translation>O servidor de sincronização não iniciou: %1</translation>
    </message>
    <message>
      <source>Your name and code could not be saved in %1.</source>
      <translation>Seu nome e código não puderam ser salvos em %1.</translation>
    </message>
    <message>
      <source>this data folder is not a supervisor's</source>
      <translation>esta pasta de dados não é de um supervisor</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::NewInterviewDialog</name>
    <message>
      <source>As written on the assignment, e.g. H-0001</source>
      <translation>Como consta na atribuição, p. ex. H-0001</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Household identification</source>
      <translation>Identificação do domicílio</translation>
    </message>
    <message>
      <source>New interview</source>
      <translation>Nova entrevista</translation>
    </message>
    <message>
      <source>Start interview</source>
      <translation>Começar a entrevista</translation>
    </message>
    <message>
      <source>The interview opens at its first question.</source>
      <translation>A entrevista abre na primeira pergunta.</translation>
    </message>
    <message>
      <source>This household already has an interview in the list. Start another one only if that is what the assignment says.</source>
      <translation>Este domicílio já tem uma entrevista na lista. Comece outra apenas se a atribuição indicar.</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::NumberQuestionWidget</name>
    <message>
      <source>Not a number: type digits only.</source>
      <translation>Não é um número: digite apenas dígitos.</translation>
    </message>
    <message>
      <source>at least %1</source>
      <translation>pelo menos %1</translation>
    </message>
    <message>
      <source>at most %1</source>
      <translation>no máximo %1</translation>
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
        <numerusform>%n erro</numerusform>
        <numerusform>%n erros</numerusform>
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
      <translation>Impressão digital do certificado</translation>
    </message>
    <message>
      <source>Pair</source>
      <translation>Parear</translation>
    </message>
    <message>
      <source>Pair with the supervisor</source>
      <translation>Parear com o supervisor</translation>
    </message>
    <message>
      <source>Pairing code</source>
      <translation>Código de pareamento</translation>
    </message>
    <message>
      <source>Pairing failed: %1.</source>
      <translation>O pareamento falhou: %1.</translation>
    </message>
    <message>
      <source>Pairing with %1…</source>
      <translation>Pareando com %1…</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Endereço do servidor</translation>
    </message>
    <message>
      <source>The certificate fingerprint has %1 of its %2 digits: type all of them, or leave it empty.</source>
      <translation>A impressão digital do certificado tem %1 dos seus %2 dígitos: digite todos ou deixe-a vazia.</translation>
    </message>
    <message>
      <source>The first %1 digits of the certificate fingerprint on the pairing card: they prove that this laptop talks to the supervisor's server and no other computer</source>
      <translation>Os primeiros %1 dígitos da impressão digital do certificado no cartão de pareamento: provam que este computador fala com o servidor do supervisor e com nenhum outro</translation>
    </message>
    <message>
      <source>The server address is missing or incomplete: type it as the supervisor reads it, such as https://192.168.1.20:8443.</source>
      <translation>O endereço do servidor está faltando ou incompleto: digite-o como o supervisor o lê, por exemplo https://192.168.1.20:8443.</translation>
    </message>
    <message>
      <source>Type what your supervisor reads out from the pairing card. This is done once: afterwards Sync sends your completed interviews to the supervisor's server and brings back what the supervisor sends you.</source>
      <translation>Digite o que seu supervisor lê do cartão de pareamento. Isso é feito uma vez: depois, Sincronizar envia suas entrevistas concluídas ao servidor do supervisor e traz o que o supervisor lhe envia.</translation>
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
      <translation>A mudança de idioma da interface aparece no próximo início.</translation>
    </message>
    <message>
      <source>As given by the survey office, e.g. E-017</source>
      <translation>Como fornecido pelo escritório da pesquisa, p. ex. E-017</translation>
    </message>
    <message>
      <source>As given by the survey office, e.g. S-03</source>
      <translation>O fornecido pelo escritório da pesquisa, p. ex. S-03</translation>
    </message>
    <message>
      <source>As the system</source>
      <translation>Como o sistema</translation>
    </message>
    <message>
      <source>Before you start: who is working on this laptop? Your code goes with every interview you make, or every decision you take on one.</source>
      <translation>Antes de começar: quem trabalha neste computador? Seu código acompanha cada entrevista que você fizer, ou cada decisão que tomar sobre uma.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Enumerator code</source>
      <translation>Código do entrevistador</translation>
    </message>
    <message>
      <source>Enumerator: I interview households</source>
      <translation>Entrevistador: entrevisto domicílios</translation>
    </message>
    <message>
      <source>First name and surname</source>
      <translation>Nome e sobrenome</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>Idioma da interface</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Salvar</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Começar</translation>
    </message>
    <message>
      <source>Supervisor code</source>
      <translation>Código do supervisor</translation>
    </message>
    <message>
      <source>Supervisor: I review my team's interviews and run the sync server</source>
      <translation>Supervisor: reviso as entrevistas da equipe e executo o servidor</translation>
    </message>
    <message>
      <source>This laptop is a supervisor's (its data folder holds the team and what it sent).</source>
      <translation>Este computador é de um supervisor (sua pasta de dados guarda a equipe e o que ela enviou).</translation>
    </message>
    <message>
      <source>This laptop is an enumerator's.</source>
      <translation>Este computador é de um entrevistador.</translation>
    </message>
    <message>
      <source>Welcome to Enumera</source>
      <translation>Bem-vindo ao Enumera</translation>
    </message>
    <message>
      <source>Who is working</source>
      <translation>Quem está trabalhando</translation>
    </message>
    <message>
      <source>Your name and code go with every change you make.</source>
      <translation>Seu nome e código acompanham cada alteração que você fizer.</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::QuestionWidget</name>
    <message>
      <source>&lt;b&gt;Comment by %1&lt;/b&gt;, %2&lt;br&gt;%3</source>
      <translation>&lt;b&gt;Comentário de %1&lt;/b&gt;, %2&lt;br&gt;%3</translation>
    </message>
    <message>
      <source>Add comment</source>
      <translation>Adicionar comentário</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Comment on this question, for the enumerator (Ctrl+M)</source>
      <translation>Comentar esta pergunta, para o entrevistador (Ctrl+M)</translation>
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
      <translation>O entrevistado confirma a resposta (Ctrl+K)</translation>
    </message>
    <message>
      <source>What the enumerator should check or correct here</source>
      <translation>O que o entrevistador deve verificar ou corrigir aqui</translation>
    </message>
    <message>
      <source>Why the answer stands (as the respondent said)</source>
      <translation>Por que a resposta se mantém (segundo o entrevistado)</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::RejectDialog</name>
    <message numerus="yes">
      <source>Household %1 goes back to the enumerator at their next sync, with this reason at the top and your %n comment(s) at the questions. Corrected and completed again, it comes back as the next revision.</source>
      <translation>
        <numerusform>O domicílio %1 volta ao entrevistador na próxima sincronização dele, com este motivo no alto e o seu %n comentário nas perguntas. Corrigida e concluída de novo, volta como a revisão seguinte.</numerusform>
        <numerusform>O domicílio %1 volta ao entrevistador na próxima sincronização dele, com este motivo no alto e os seus %n comentários nas perguntas. Corrigida e concluída de novo, volta como a revisão seguinte.</numerusform>
      </translation>
    </message>
    <message>
      <source>Send back</source>
      <translation>Devolver</translation>
    </message>
    <message>
      <source>Send back to the enumerator</source>
      <translation>Devolver ao entrevistador</translation>
    </message>
    <message>
      <source>What should the enumerator check or correct?</source>
      <translation>O que o entrevistador deve verificar ou corrigir?</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::ReviewListModel</name>
    <message>
      <source>%1 (revision %2)</source>
      <translation>%1 (revisão %2)</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>%1%</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>%1: “%2”</source>
      <translation>%1: “%2”</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Respondidas</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Aprovada</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Conflito</translation>
    </message>
    <message>
      <source>Enumerator</source>
      <translation>Entrevistador</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Domicílio</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Em andamento</translation>
    </message>
    <message>
      <source>Interview %1</source>
      <translation>Entrevista %1</translation>
    </message>
    <message>
      <source>Last change</source>
      <translation>Última alteração</translation>
    </message>
    <message>
      <source>Sent back</source>
      <translation>Devolvida</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <source>The enumerator sent a version that differs from this copy: both are kept until you settle it</source>
      <translation>O entrevistador enviou uma versão diferente desta cópia: as duas são mantidas até você resolver</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tempo</translation>
    </message>
    <message>
      <source>To review</source>
      <translation>A revisar</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Avisos</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::ReviewListScreen</name>
    <message>
      <source>%1 of %2 questions answered</source>
      <translation>%1 de %2 perguntas respondidas</translation>
    </message>
    <message numerus="yes">
      <source>%1 to review · %n conflict(s)</source>
      <translation>
        <numerusform>%1 a revisar · %n conflito</numerusform>
        <numerusform>%1 a revisar · %n conflitos</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>%1, revision %2</source>
      <translation>%1, revisão %2</translation>
    </message>
    <message numerus="yes">
      <source>%n comment(s) of the supervisor</source>
      <translation>
        <numerusform>%n comentário do supervisor</numerusform>
        <numerusform>%n comentários do supervisor</numerusform>
      </translation>
    </message>
    <message>
      <source>All enumerators</source>
      <translation>Todos os entrevistadores</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Todas as situações</translation>
    </message>
    <message>
      <source>Answer: %1</source>
      <translation>Resposta: %1</translation>
    </message>
    <message>
      <source>Choose an interview to see it in detail.</source>
      <translation>Escolha uma entrevista para vê-la em detalhe.</translation>
    </message>
    <message>
      <source>Compare and settle the conflict…</source>
      <translation>Comparar e resolver o conflito…</translation>
    </message>
    <message>
      <source>Completed %1</source>
      <translation>Concluída em %1</translation>
    </message>
    <message>
      <source>Conflict to settle</source>
      <translation>Conflito a resolver</translation>
    </message>
    <message>
      <source>Each revision received, the decisions and comments, every change</source>
      <translation>Cada revisão recebida, as decisões e os comentários, cada alteração</translation>
    </message>
    <message>
      <source>Enumerator: %1</source>
      <translation>Entrevistador: %1</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>Histórico…</translation>
    </message>
    <message>
      <source>Household %1</source>
      <translation>Domicílio %1</translation>
    </message>
    <message>
      <source>Interviewing time: %1</source>
      <translation>Tempo de entrevista: %1</translation>
    </message>
    <message>
      <source>Interviews</source>
      <translation>Entrevistas</translation>
    </message>
    <message>
      <source>No interviews yet. They arrive here when enumerators sync with the server, or when their sync packages are imported (enumera sync import).</source>
      <translation>Ainda não há entrevistas. Elas chegam aqui quando os entrevistadores sincronizam com o servidor, ou quando seus pacotes de sincronização são importados (enumera sync import).</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Nenhum.</translation>
    </message>
    <message>
      <source>Not completed</source>
      <translation>Não concluída</translation>
    </message>
    <message>
      <source>Open for review</source>
      <translation>Abrir para revisar</translation>
    </message>
    <message>
      <source>Read the interview, comment on questions, approve or send it back (Enter)</source>
      <translation>Ler a entrevista, comentar perguntas, aprová-la ou devolvê-la (Enter)</translation>
    </message>
    <message>
      <source>Reason: “%1”</source>
      <translation>Motivo: “%1”</translation>
    </message>
    <message>
      <source>Search by household…</source>
      <translation>Buscar por domicílio…</translation>
    </message>
    <message>
      <source>Started %1</source>
      <translation>Iniciada em %1</translation>
    </message>
    <message>
      <source>The enumerator changed this interview on their laptop after it changed here too. Both versions are kept until you choose one.</source>
      <translation>O entrevistador alterou esta entrevista no computador dele depois que ela também mudou aqui. As duas versões são mantidas até você escolher uma.</translation>
    </message>
    <message>
      <source>Warning: %1</source>
      <translation>Aviso: %1</translation>
    </message>
    <message>
      <source>Warnings confirmed by the enumerator (%1)</source>
      <translation>Avisos confirmados pelo entrevistador (%1)</translation>
    </message>
    <message>
      <source>With a conflict</source>
      <translation>Com um conflito</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::RosterWidget</name>
    <message>
      <source>+ Add %1 %2</source>
      <translation>+ Adicionar %1 %2</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remover</translation>
    </message>
    <message>
      <source>row</source>
      <translation>linha</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::RowFrame</name>
    <message>
      <source>Remove</source>
      <translation>Remover</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::SectionPanel</name>
    <message numerus="yes">
      <source>%n comment(s) of the supervisor</source>
      <translation>
        <numerusform>%n comentário do supervisor</numerusform>
        <numerusform>%n comentários do supervisor</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n erro</numerusform>
        <numerusform>%n erros</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s) to confirm</source>
      <translation>
        <numerusform>%n aviso a confirmar</numerusform>
        <numerusform>%n avisos a confirmar</numerusform>
      </translation>
    </message>
    <message>
      <source>complete</source>
      <translation>completa</translation>
    </message>
    <message>
      <source>has errors</source>
      <translation>tem erros</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>em andamento</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>não iniciada</translation>
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
        <numerusform>%n entrevista concluída ou aprovada gravada em %1.</numerusform>
        <numerusform>%n entrevistas concluídas ou aprovadas gravadas em %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>Enumerators can no longer sync until it starts again</source>
      <translation>Os entrevistadores não podem sincronizar até que ele inicie de novo</translation>
    </message>
    <message>
      <source>Enumerators sync with this laptop while it runs</source>
      <translation>Os entrevistadores sincronizam com este computador enquanto ele funciona</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <source>Export the interviews</source>
      <translation>Exportar as entrevistas</translation>
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
      <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
      <source>Server running at %1</source>
      <translation>Servidor em funcionamento em %1</translation>
    </message>
    <message>
      <source>Server stopped</source>
      <translation>Servidor parado</translation>
    </message>
    <message>
      <source>Start the server</source>
      <translation>Iniciar o servidor</translation>
    </message>
    <message>
      <source>Stop the server</source>
      <translation>Parar o servidor</translation>
    </message>
    <message>
      <source>Supervision</source>
      <translation>Supervisão</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>Equipe</translation>
    </message>
    <message>
      <source>The interviews could not be exported to %1:
%2</source>
      <translation>Não foi possível exportar as entrevistas para %1:
%2</translation>
    </message>
    <message>
      <source>Write the completed and approved interviews to a JSON file, as `enumera export` does</source>
      <translation>Gravar as entrevistas concluídas e aprovadas num arquivo JSON, como faz `enumera export`</translation>
    </message>
  </context>
  <context>
    <name>enumera::app::SyncPanel</name>
    <message numerus="yes">
      <source>%n approved</source>
      <translation>
        <numerusform>%n aprovada</numerusform>
        <numerusform>%n aprovadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n interview(s) received by the supervisor's server…</source>
      <translation>
        <numerusform>%n entrevista recebida pelo servidor do supervisor…</numerusform>
        <numerusform>%n entrevistas recebidas pelo servidor do supervisor…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n interview(s) refused by the server:</source>
      <translation>
        <numerusform>%n entrevista recusada pelo servidor:</numerusform>
        <numerusform>%n entrevistas recusadas pelo servidor:</numerusform>
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
        <numerusform>%n guardada pelo supervisor ao lado de uma cópia alterada lá (um conflito que o supervisor resolve)</numerusform>
        <numerusform>%n guardadas pelo supervisor ao lado de cópias alteradas lá (conflitos que o supervisor resolve)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new form version(s)</source>
      <translation>
        <numerusform>%n versão nova do formulário</numerusform>
        <numerusform>%n versões novas do formulário</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new or changed assignment(s)</source>
      <translation>
        <numerusform>%n atribuição nova ou alterada</numerusform>
        <numerusform>%n atribuições novas ou alteradas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sent back to you to correct</source>
      <translation>
        <numerusform>%n devolvida para você corrigir</numerusform>
        <numerusform>%n devolvidas para você corrigir</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated by the supervisor</source>
      <translation>
        <numerusform>%n atualizada pelo supervisor</numerusform>
        <numerusform>%n atualizadas pelo supervisor</numerusform>
      </translation>
    </message>
    <message>
      <source>Household %1 · %2 %3</source>
      <translation>Domicílio %1 · %2 %3</translation>
    </message>
    <message>
      <source>Households assigned to you</source>
      <translation>Domicílios atribuídos a você</translation>
    </message>
    <message>
      <source>Not paired with a supervisor yet: pair once, then Sync sends your completed interviews.</source>
      <translation>Ainda não pareado com um supervisor: pareie uma vez e depois Sincronizar envia suas entrevistas concluídas.</translation>
    </message>
    <message>
      <source>Nothing to send, nothing new from the supervisor.</source>
      <translation>Nada a enviar, nada de novo do supervisor.</translation>
    </message>
    <message>
      <source>Pair again…</source>
      <translation>Parear de novo…</translation>
    </message>
    <message>
      <source>Pair with supervisor…</source>
      <translation>Parear com o supervisor…</translation>
    </message>
    <message>
      <source>Paired as %1 with the supervisor's server at %2.</source>
      <translation>Pareado como %1 com o servidor do supervisor em %2.</translation>
    </message>
    <message>
      <source>Paired: this laptop sends its interviews as %1. Press Sync when you have completed interviews, or to receive what the supervisor sends.</source>
      <translation>Pareado: este computador envia suas entrevistas como %1. Pressione Sincronizar quando tiver entrevistas concluídas, ou para receber o que o supervisor envia.</translation>
    </message>
    <message>
      <source>Send the completed interviews to the supervisor and bring back what the supervisor sent</source>
      <translation>Enviar as entrevistas concluídas ao supervisor e trazer o que o supervisor enviou</translation>
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
      <translation>Iniciar a entrevista</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Sincronizar</translation>
    </message>
    <message>
      <source>Sync finished: %1</source>
      <translation>Sincronização concluída: %1</translation>
    </message>
    <message>
      <source>Sync stopped: %1. What the server acknowledged stays sent; press Sync to try again.</source>
      <translation>A sincronização parou: %1. O que o servidor confirmou continua enviado; pressione Sincronizar para tentar de novo.</translation>
    </message>
    <message>
      <source>Syncing with %1…</source>
      <translation>Sincronizando com %1…</translation>
    </message>
    <message>
      <source>The pairing with the supervisor cannot be read: %1</source>
      <translation>Não é possível ler o pareamento com o supervisor: %1</translation>
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
      <translation>+ Adicionar entrevistador</translation>
    </message>
    <message>
      <source>A pairing code is waiting, but it is shown only when it is made. Make a new one to read it out.</source>
      <translation>Há um código de pareamento aguardando, mas ele só é mostrado quando é criado. Crie um novo para lê-lo em voz alta.</translation>
    </message>
    <message>
      <source>Add an enumerator</source>
      <translation>Adicionar um entrevistador</translation>
    </message>
    <message>
      <source>Adds the enumerator and makes their pairing code</source>
      <translation>Adiciona o entrevistador e cria o código de pareamento dele</translation>
    </message>
    <message>
      <source>Certificate fingerprint</source>
      <translation>Impressão digital do certificado</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Code (E01, E02… if left empty)</source>
      <translation>Código (vazio: E01, E02…)</translation>
    </message>
    <message>
      <source>Code expired</source>
      <translation>Código expirado</translation>
    </message>
    <message>
      <source>First name and surname</source>
      <translation>Nome e sobrenome</translation>
    </message>
    <message>
      <source>For a new laptop, an expired code, or to take back a revoked enumerator</source>
      <translation>Para um computador novo, um código expirado ou para readmitir um entrevistador revogado</translation>
    </message>
    <message>
      <source>Interviews</source>
      <translation>Entrevistas</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Manter</translation>
    </message>
    <message>
      <source>Laptop</source>
      <translation>Computador</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Última conexão</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <source>New pairing code</source>
      <translation>Novo código de pareamento</translation>
    </message>
    <message>
      <source>Paired</source>
      <translation>Pareado</translation>
    </message>
    <message>
      <source>Paired with the laptop “%1” on %2. A new laptop needs a new pairing code.</source>
      <translation>Pareado com o computador “%1” em %2. Um computador novo precisa de um novo código de pareamento.</translation>
    </message>
    <message>
      <source>Pairing card for %1 (%2)</source>
      <translation>Cartão de pareamento de %1 (%2)</translation>
    </message>
    <message>
      <source>Pairing code, for one use, valid until %1.</source>
      <translation>Código de pareamento, para um único uso, válido até %1.</translation>
    </message>
    <message>
      <source>Read out the code, the address and the fingerprint: the enumerator types them in Enumera with “Pair with supervisor…”, above their list of interviews. The code works once.</source>
      <translation>Leia em voz alta o código, o endereço e a impressão digital: o entrevistador os digita no Enumera com “Parear com o supervisor…”, acima da sua lista de entrevistas. O código funciona uma única vez.</translation>
    </message>
    <message>
      <source>Revoke</source>
      <translation>Revogar</translation>
    </message>
    <message>
      <source>Revoke %1? The server refuses their laptop from now on; what they sent stays. A new pairing code takes them back, on a new key.</source>
      <translation>Revogar %1? O servidor recusa o computador dele a partir de agora; o que ele enviou fica. Um novo código de pareamento o readmite, com uma chave nova.</translation>
    </message>
    <message>
      <source>Revoke the enumerator?</source>
      <translation>Revogar o entrevistador?</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Revogado</translation>
    </message>
    <message>
      <source>Revoked on %1: the server refuses their laptop. A new pairing code takes them back.</source>
      <translation>Revogado em %1: o servidor recusa o computador dele. Um novo código de pareamento o readmite.</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>Revogar…</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Endereço do servidor</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>Equipe</translation>
    </message>
    <message>
      <source>The pairing code expired. Make a new one.</source>
      <translation>O código de pareamento expirou. Crie um novo.</translation>
    </message>
    <message>
      <source>The server is stopped: start it before the enumerator pairs.</source>
      <translation>O servidor está parado: inicie-o antes que o entrevistador pareie.</translation>
    </message>
    <message>
      <source>The server refuses this enumerator's laptop from now on</source>
      <translation>O servidor recusa a partir de agora o computador deste entrevistador</translation>
    </message>
    <message>
      <source>Waiting to pair</source>
      <translation>Aguardando pareamento</translation>
    </message>
    <message>
      <source>known once the server has started</source>
      <translation>conhecida quando o servidor tiver iniciado</translation>
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
      <translation>esquecendo solicitações antigas</translation>
    </message>
    <message>
      <source>reading the team</source>
      <translation>lendo a equipe</translation>
    </message>
  </context>
  <context>
    <name>enumera::sync::Transaction</name>
    <message>
      <source>keeping the conflicting version</source>
      <translation>guardando a versão em conflito</translation>
    </message>
    <message>
      <source>keeping the receipt</source>
      <translation>guardando o recibo</translation>
    </message>
    <message>
      <source>noting the enumerator's visit</source>
      <translation>registrando a visita do entrevistador</translation>
    </message>
    <message>
      <source>pairing</source>
      <translation>pareamento</translation>
    </message>
    <message>
      <source>reading the forms</source>
      <translation>lendo os formulários</translation>
    </message>
    <message>
      <source>reading the interview</source>
      <translation>lendo a entrevista</translation>
    </message>
    <message>
      <source>reading the pairing codes</source>
      <translation>lendo os códigos de pareamento</translation>
    </message>
    <message>
      <source>reading what the enumerator pulls</source>
      <translation>lendo o que o entrevistador baixa</translation>
    </message>
    <message>
      <source>reading what was received</source>
      <translation>lendo o que foi recebido</translation>
    </message>
    <message>
      <source>remembering the request</source>
      <translation>lembrando a solicitação</translation>
    </message>
    <message>
      <source>storing the form</source>
      <translation>armazenando o formulário</translation>
    </message>
    <message>
      <source>storing the interview</source>
      <translation>armazenando a entrevista</translation>
    </message>
    <message>
      <source>storing the interview's history</source>
      <translation>armazenando o histórico da entrevista</translation>
    </message>
  </context>
</TS>
