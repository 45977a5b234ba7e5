-- The community policy's goals (målsætninger), as data: another municipality with another
-- policy edits them. A goal is retired, never deleted, while an initiative refers to it
-- (the key on initiative_goals refuses the delete). Loaded here with Albertslund's two.
CREATE TABLE goals (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    position    BIGINT  NOT NULL UNIQUE,
    title_da    TEXT    NOT NULL,
    title_en    TEXT    NOT NULL,
    summary_da  TEXT    NOT NULL,
    summary_en  TEXT    NOT NULL,
    retired_at  BIGINT
);

-- Which goals a moderator tied a published initiative to.
CREATE TABLE initiative_goals (
    initiative_id  BIGINT  NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    goal_id        BIGINT  NOT NULL REFERENCES goals (id) ON DELETE RESTRICT,
    PRIMARY KEY (initiative_id, goal_id)
);
CREATE INDEX initiative_goals_goal ON initiative_goals (goal_id);

INSERT INTO goals (position, title_da, title_en, summary_da, summary_en) VALUES
(1,
 'Albertslundere er en del af givende mangfoldige fællesskaber',
 'People in Albertslund are part of rewarding, diverse communities',
 'At mødes på tværs af fællesskaber, bydele, aldre og baggrunde; arrangementer og aktiviteter, der samler; mindre ensomhed; de gode historier om byen.',
 'Meeting across communities, neighbourhoods, ages and backgrounds; events and activities that gather people; less loneliness; the good stories about the town.'),
(2,
 'Albertslundere styrker deres evne til at deltage i eller blive repræsenteret i det demokratiske liv',
 'People in Albertslund strengthen their ability to take part in, or be represented in, democratic life',
 'Borgermøder, høringer, borgerforslag til byrådet, bestyrelser og råd: at blive hørt og at tage del i beslutningerne.',
 'Citizen meetings, consultations, citizen proposals to the council, boards and councils: being heard and taking part in decisions.');
