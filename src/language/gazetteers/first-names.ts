// Common given names across several languages, typed for this project; a cue, not a census.
export const FIRST_NAMES: readonly string[] = [
  'Aaron', 'Abdul', 'Abdullah', 'Adam', 'Ahmad', 'Ahmed', 'Aisha', 'Alan', 'Albert', 'Alejandro', 'Alex', 'Alexander',
  'Alexandra', 'Alexei', 'Ali', 'Alice', 'Alicia', 'Amanda', 'Amy', 'Ana', 'Andrea', 'Andrew', 'Andrei', 'Angela',
  'Anna', 'Anne', 'Anthony', 'Antonio', 'Ashley', 'Barbara', 'Ben', 'Benjamin', 'Bernard', 'Bill', 'Bob', 'Boris',
  'Brian', 'Bruce', 'Carl', 'Carlos', 'Carmen', 'Carol', 'Catherine', 'Charles', 'Charlotte', 'Chen', 'Chris',
  'Christian', 'Christine', 'Christopher', 'Claire', 'Daniel', 'David', 'Deborah', 'Dennis', 'Diana', 'Dmitry',
  'Donald', 'Dorothy', 'Edward', 'Elena', 'Elizabeth', 'Emily', 'Emma', 'Eric', 'Fatima', 'Francisco', 'Frank',
  'Gary', 'George', 'Georgia', 'Grace', 'Hana', 'Hannah', 'Hans', 'Harry', 'Helen', 'Henry', 'Hassan', 'Hiroshi',
  'Hussein', 'Ibrahim', 'Igor', 'Ivan', 'Jack', 'Jacob', 'James', 'Jane', 'Janet', 'Jason', 'Jean', 'Jeffrey',
  'Jennifer', 'Jessica', 'Jim', 'Joe', 'John', 'Jonathan', 'Jorge', 'Jose', 'José', 'Joseph', 'Joshua', 'Juan',
  'Julia', 'Julie', 'Karen', 'Kate', 'Katherine', 'Kevin', 'Kim', 'Laura', 'Lena', 'Li', 'Linda', 'Lisa', 'Luis',
  'Maria', 'María', 'Marie', 'Mark', 'Martin', 'Mary', 'Matthew', 'Mehmet', 'Michael', 'Michelle', 'Mohamed',
  'Mohammed', 'Muhammad', 'Nancy', 'Natalia', 'Nicholas', 'Nicole', 'Nikolai', 'Olga', 'Omar', 'Pablo', 'Patricia',
  'Patrick', 'Paul', 'Pedro', 'Peter', 'Pierre', 'Rachel', 'Rebecca', 'Richard', 'Robert', 'Ronald', 'Rosa', 'Ryan',
  'Sam', 'Samuel', 'Sandra', 'Sara', 'Sarah', 'Sergei', 'Sharon', 'Sophie', 'Stephen', 'Steven', 'Susan', 'Thomas',
  'Timothy', 'Tom', 'Tony', 'Victor', 'Victoria', 'Vladimir', 'Walter', 'Wei', 'William', 'Yuki', 'Yusuf', 'Zhang',
];
