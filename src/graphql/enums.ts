import { builder } from './builder.js';

// Enums shared by several domain files. Values are the database values.

export const RoleEnum = builder.enumType('Role', { values: ['OWNER', 'ADMIN', 'MEMBER'] as const });
export const PlanEnum = builder.enumType('Plan', { values: ['FREE', 'BASIC', 'PRO'] as const });
export const PriorityEnum = builder.enumType('Priority', { values: ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const });
export const LeadStatusEnum = builder.enumType('LeadStatus', { values: ['NEW', 'CONTACTED', 'QUALIFIED', 'CONVERTED', 'LOST'] as const });
export const LeadChannelEnum = builder.enumType('LeadChannel', { values: ['CHAT', 'CALL', 'VOICEMAIL', 'API'] as const });
export const ConversationChannelEnum = builder.enumType('ConversationChannel', { values: ['CHAT', 'CALL'] as const });
export const ConversationStatusEnum = builder.enumType('ConversationStatus', { values: ['ACTIVE', 'ENDED', 'FAILED', 'MISSED'] as const });
export const ExpectedFormatEnum = builder.enumType('ExpectedFormat', { values: ['TEXT', 'EMAIL', 'PHONE', 'DATE', 'NUMBER'] as const });
export const MapsToEnum = builder.enumType('MapsTo', {
  values: ['NAME', 'EMAIL', 'PHONE', 'ADDRESS', 'ISSUE', 'PREFERRED_TIME', 'OTHER'] as const,
});
