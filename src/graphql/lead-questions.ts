import type { Updateable } from 'kysely';
import type { LeadQuestion, LeadQuestionsTable } from '../db/schema.js';
import { createLeadQuestion, deleteLeadQuestion, listLeadQuestions, reorderLeadQuestions, updateLeadQuestion } from '../settings/lead-questions.js';
import { cleanText } from '../validate.js';
import { badInput } from '../errors.js';
import { builder } from './builder.js';
import { ExpectedFormatEnum, MapsToEnum } from './enums.js';

// The questions the agent asks to capture a lead.

const LeadQuestionRef = builder.objectRef<LeadQuestion>('LeadQuestion').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    question: t.exposeString('question'),
    expectedFormat: t.field({ type: ExpectedFormatEnum, resolve: (q) => q.expected_format }),
    required: t.exposeBoolean('required'),
    mapsTo: t.field({ type: MapsToEnum, nullable: true, description: 'Lead field the answer fills', resolve: (q) => q.maps_to }),
    essentialForEmergency: t.exposeBoolean('essential_for_emergency', { description: 'Still asked when the caller reports an emergency' }),
  }),
});

builder.queryField('leadQuestions', (t) =>
  t.withAuth({ authenticated: true }).field({ type: [LeadQuestionRef], resolve: (_r, _a, ctx) => listLeadQuestions(ctx.deps.db, ctx.actor.businessId) }),
);

const LeadQuestionInput = builder.inputType('LeadQuestionInput', {
  fields: (t) => ({
    question: t.string({ required: true }),
    expectedFormat: t.field({ type: ExpectedFormatEnum, defaultValue: 'TEXT' }),
    required: t.boolean({ defaultValue: true }),
    mapsTo: t.field({ type: MapsToEnum }),
    essentialForEmergency: t.boolean({ defaultValue: false }),
  }),
});

const UpdateLeadQuestionInput = builder.inputType('UpdateLeadQuestionInput', {
  fields: (t) => ({
    question: t.string(),
    expectedFormat: t.field({ type: ExpectedFormatEnum }),
    required: t.boolean(),
    mapsTo: t.field({ type: MapsToEnum }),
    essentialForEmergency: t.boolean(),
  }),
});

builder.mutationField('createLeadQuestion', (t) =>
  t.withAuth({ writer: true }).field({
    type: LeadQuestionRef,
    args: { input: t.arg({ type: LeadQuestionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createLeadQuestion(ctx.deps.db, ctx.actor.businessId, ctx.actor.plan, { ...input, question: cleanText(input.question, 'Question', 300, { required: true }) }),
  }),
);

builder.mutationField('updateLeadQuestion', (t) =>
  t.withAuth({ writer: true }).field({
    type: LeadQuestionRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateLeadQuestionInput, required: true }) },
    resolve: (_root, { id, input }, ctx) => {
      const set: Updateable<LeadQuestionsTable> = {};
      if (input.question != null) set.question = cleanText(input.question, 'Question', 300, { required: true });
      if (input.expectedFormat != null) set.expected_format = input.expectedFormat;
      if (input.required != null) set.required = input.required;
      if (input.mapsTo !== undefined) set.maps_to = input.mapsTo;
      if (input.essentialForEmergency != null) set.essential_for_emergency = input.essentialForEmergency;
      return updateLeadQuestion(ctx.deps.db, ctx.actor.businessId, String(id), set, new Date(ctx.deps.now()));
    },
  }),
);

builder.mutationField('deleteLeadQuestion', (t) =>
  t.withAuth({ writer: true }).field({
    type: 'Boolean',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      await deleteLeadQuestion(ctx.deps.db, ctx.actor.businessId, String(id));
      return true;
    },
  }),
);

builder.mutationField('reorderLeadQuestions', (t) =>
  t.withAuth({ writer: true }).field({
    type: [LeadQuestionRef],
    args: { ids: t.arg.idList({ required: true, description: 'Every lead question id, in the new order' }) },
    resolve: (_root, { ids }, ctx) => {
      if (ids.length > 100) throw badInput('Too many ids');
      return reorderLeadQuestions(ctx.deps.db, ctx.actor.businessId, ids.map(String), new Date(ctx.deps.now()));
    },
  }),
);
