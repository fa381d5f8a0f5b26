export default {
    "scalars": [
        5,
        16,
        20,
        24,
        29,
        36,
        39,
        41,
        42,
        44,
        45,
        47,
        48,
        50,
        51,
        54,
        60,
        62,
        64,
        67,
        70,
        73,
        77,
        78,
        85,
        88,
        90,
        107,
        109
    ],
    "types": {
        "AddTeamMemberInput": {
            "email": [
                88
            ],
            "name": [
                88
            ],
            "password": [
                88
            ],
            "role": [
                90
            ],
            "__typename": [
                88
            ]
        },
        "AdvancedAnalytics": {
            "hourlyHeatmap": [
                40
            ],
            "questionDropOff": [
                84
            ],
            "__typename": [
                88
            ]
        },
        "AgentConfig": {
            "agentName": [
                88
            ],
            "emergencyKeywords": [
                88
            ],
            "emergencySensitivity": [
                42
            ],
            "faq": [
                37
            ],
            "id": [
                41
            ],
            "instructions": [
                88
            ],
            "interruptionDelayMs": [
                42
            ],
            "persona": [
                88
            ],
            "realtimeEnabled": [
                5
            ],
            "realtimeVoice": [
                88
            ],
            "twilioLanguage": [
                88
            ],
            "twilioVoice": [
                88
            ],
            "updatedAt": [
                29
            ],
            "voiceGreeting": [
                88
            ],
            "welcomeMessage": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ApiKey": {
            "createdAt": [
                29
            ],
            "createdBy": [
                102
            ],
            "id": [
                41
            ],
            "lastUsedAt": [
                29
            ],
            "name": [
                88
            ],
            "prefix": [
                88
            ],
            "revokedAt": [
                29
            ],
            "role": [
                85
            ],
            "__typename": [
                88
            ]
        },
        "AuthPayload": {
            "businessId": [
                41
            ],
            "role": [
                85
            ],
            "token": [
                88
            ],
            "userId": [
                41
            ],
            "__typename": [
                88
            ]
        },
        "Boolean": {},
        "Business": {
            "address": [
                88
            ],
            "allowedOrigins": [
                88
            ],
            "businessHours": [
                7
            ],
            "createdAt": [
                29
            ],
            "description": [
                88
            ],
            "emergencyMessageTemplate": [
                88
            ],
            "id": [
                41
            ],
            "leadEmailRecipient": [
                88
            ],
            "name": [
                88
            ],
            "notificationEmailVerified": [
                5
            ],
            "notificationSettings": [
                68
            ],
            "phoneNumber": [
                88
            ],
            "plan": [
                73
            ],
            "timezone": [
                88
            ],
            "twilioNumber": [
                88
            ],
            "updatedAt": [
                29
            ],
            "website": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "BusinessHours": {
            "holidays": [
                88
            ],
            "weekly": [
                31
            ],
            "__typename": [
                88
            ]
        },
        "BusinessHoursInput": {
            "holidays": [
                88
            ],
            "weekly": [
                32
            ],
            "__typename": [
                88
            ]
        },
        "CallAnalytics": {
            "connectionStatus": [
                88
            ],
            "durationSeconds": [
                42
            ],
            "emergencyDetected": [
                5
            ],
            "firstAudioMs": [
                42
            ],
            "intents": [
                88
            ],
            "interruptions": [
                42
            ],
            "messages": [
                42
            ],
            "mode": [
                88
            ],
            "openaiErrors": [
                42
            ],
            "packetsDropped": [
                42
            ],
            "packetsIn": [
                42
            ],
            "packetsOut": [
                42
            ],
            "reconnects": [
                42
            ],
            "toolCalls": [
                94
            ],
            "__typename": [
                88
            ]
        },
        "Client": {
            "company": [
                88
            ],
            "createdAt": [
                29
            ],
            "email": [
                88
            ],
            "externalRef": [
                88
            ],
            "id": [
                41
            ],
            "name": [
                88
            ],
            "notes": [
                88
            ],
            "phone": [
                88
            ],
            "projects": [
                79
            ],
            "updatedAt": [
                29
            ],
            "__typename": [
                88
            ]
        },
        "ClientConnection": {
            "edges": [
                12
            ],
            "nodes": [
                10
            ],
            "pageInfo": [
                71
            ],
            "totalCount": [
                42
            ],
            "__typename": [
                88
            ]
        },
        "ClientEdge": {
            "cursor": [
                88
            ],
            "node": [
                10
            ],
            "__typename": [
                88
            ]
        },
        "ClientInput": {
            "company": [
                88
            ],
            "email": [
                88
            ],
            "name": [
                88
            ],
            "notes": [
                88
            ],
            "phone": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ClientLinkRule": {
            "clientId": [
                41
            ],
            "createdAt": [
                29
            ],
            "id": [
                41
            ],
            "kind": [
                16
            ],
            "value": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ClientLinkRuleInput": {
            "clientId": [
                41
            ],
            "kind": [
                16
            ],
            "value": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ClientLinkRuleKind": {},
        "ConnectGoogleDriveInput": {
            "accessToken": [
                88
            ],
            "folderId": [
                88
            ],
            "serviceAccountKey": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ConnectIntegrationInput": {
            "accessToken": [
                88
            ],
            "apiToken": [
                88
            ],
            "customerColumn": [
                88
            ],
            "customerField": [
                88
            ],
            "doneLabels": [
                88
            ],
            "email": [
                88
            ],
            "jql": [
                88
            ],
            "provider": [
                77
            ],
            "signingSecret": [
                88
            ],
            "siteUrl": [
                88
            ],
            "workspaceGid": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "Conversation": {
            "callAnalytics": [
                9
            ],
            "channel": [
                20
            ],
            "client": [
                10
            ],
            "durationSeconds": [
                42
            ],
            "endedAt": [
                29
            ],
            "fromNumber": [
                88
            ],
            "id": [
                41
            ],
            "leads": [
                52
            ],
            "messages": [
                63,
                {
                    "first": [
                        42
                    ]
                }
            ],
            "startedAt": [
                29
            ],
            "status": [
                24
            ],
            "summary": [
                88
            ],
            "toNumber": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ConversationChannel": {},
        "ConversationConnection": {
            "edges": [
                22
            ],
            "nodes": [
                19
            ],
            "pageInfo": [
                71
            ],
            "totalCount": [
                42
            ],
            "__typename": [
                88
            ]
        },
        "ConversationEdge": {
            "cursor": [
                88
            ],
            "node": [
                19
            ],
            "__typename": [
                88
            ]
        },
        "ConversationFilter": {
            "channel": [
                20
            ],
            "startedAfter": [
                29
            ],
            "startedBefore": [
                29
            ],
            "status": [
                24
            ],
            "__typename": [
                88
            ]
        },
        "ConversationStatus": {},
        "ConversationUpdatedEvent": {
            "channel": [
                20
            ],
            "conversation": [
                19
            ],
            "conversationId": [
                41
            ],
            "status": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "CreateKnowledgeItemInput": {
            "content": [
                88
            ],
            "format": [
                48
            ],
            "title": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "CreatedApiKey": {
            "apiKey": [
                3
            ],
            "secret": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "Dashboard": {
            "advanced": [
                1
            ],
            "calls": [
                42
            ],
            "chats": [
                42
            ],
            "emergencies": [
                42
            ],
            "enhanced": [
                35
            ],
            "from": [
                29
            ],
            "leadsByStatus": [
                87
            ],
            "leadsPerDay": [
                30
            ],
            "leadsTotal": [
                42
            ],
            "timezone": [
                88
            ],
            "to": [
                29
            ],
            "__typename": [
                88
            ]
        },
        "DateTime": {},
        "DayCount": {
            "count": [
                42
            ],
            "date": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "DayHours": {
            "day": [
                88
            ],
            "ranges": [
                92
            ],
            "__typename": [
                88
            ]
        },
        "DayHoursInput": {
            "day": [
                88
            ],
            "ranges": [
                93
            ],
            "__typename": [
                88
            ]
        },
        "DayKeyCount": {
            "count": [
                42
            ],
            "date": [
                88
            ],
            "key": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "DriveSyncResult": {
            "added": [
                42
            ],
            "removed": [
                42
            ],
            "skipped": [
                42
            ],
            "unchanged": [
                42
            ],
            "updated": [
                42
            ],
            "__typename": [
                88
            ]
        },
        "EnhancedAnalytics": {
            "averageCallDurationSeconds": [
                39
            ],
            "averageChatDurationSeconds": [
                39
            ],
            "conversionRate": [
                39
            ],
            "leadsPerDayByChannel": [
                33
            ],
            "leadsPerDayByPriority": [
                33
            ],
            "__typename": [
                88
            ]
        },
        "ExpectedFormat": {},
        "FaqEntry": {
            "answer": [
                88
            ],
            "question": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "FaqEntryInput": {
            "answer": [
                88
            ],
            "question": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "Float": {},
        "HeatmapCell": {
            "count": [
                42
            ],
            "dayOfWeek": [
                42
            ],
            "hour": [
                42
            ],
            "__typename": [
                88
            ]
        },
        "ID": {},
        "Int": {},
        "Integration": {
            "accountLabel": [
                88
            ],
            "createdAt": [
                29
            ],
            "credentialsHint": [
                88
            ],
            "id": [
                41
            ],
            "lastError": [
                88
            ],
            "lastSyncAt": [
                29
            ],
            "projectCount": [
                42
            ],
            "provider": [
                44
            ],
            "status": [
                45
            ],
            "taskCount": [
                42
            ],
            "webhooksActive": [
                5
            ],
            "__typename": [
                88
            ]
        },
        "IntegrationProvider": {},
        "IntegrationStatus": {},
        "InviteTeamMemberInput": {
            "email": [
                88
            ],
            "name": [
                88
            ],
            "role": [
                90
            ],
            "__typename": [
                88
            ]
        },
        "JSON": {},
        "KnowledgeInputFormat": {},
        "KnowledgeItem": {
            "chunkCount": [
                42
            ],
            "content": [
                88
            ],
            "createdAt": [
                29
            ],
            "id": [
                41
            ],
            "source": [
                50
            ],
            "status": [
                51
            ],
            "title": [
                88
            ],
            "updatedAt": [
                29
            ],
            "__typename": [
                88
            ]
        },
        "KnowledgeSource": {},
        "KnowledgeStatus": {},
        "Lead": {
            "acknowledgedAt": [
                29
            ],
            "address": [
                88
            ],
            "capturedData": [
                47
            ],
            "channel": [
                54
            ],
            "client": [
                10
            ],
            "conversation": [
                19
            ],
            "createdAt": [
                29
            ],
            "email": [
                88
            ],
            "emergencyNotes": [
                88
            ],
            "emergencySeverity": [
                42
            ],
            "id": [
                41
            ],
            "isEmergency": [
                5
            ],
            "issue": [
                88
            ],
            "name": [
                88
            ],
            "notes": [
                88
            ],
            "notifications": [
                66
            ],
            "phone": [
                88
            ],
            "priority": [
                78
            ],
            "status": [
                60
            ],
            "updatedAt": [
                29
            ],
            "__typename": [
                88
            ]
        },
        "LeadCapturedEvent": {
            "lead": [
                52
            ],
            "leadId": [
                41
            ],
            "__typename": [
                88
            ]
        },
        "LeadChannel": {},
        "LeadConnection": {
            "edges": [
                56
            ],
            "nodes": [
                52
            ],
            "pageInfo": [
                71
            ],
            "totalCount": [
                42
            ],
            "__typename": [
                88
            ]
        },
        "LeadEdge": {
            "cursor": [
                88
            ],
            "node": [
                52
            ],
            "__typename": [
                88
            ]
        },
        "LeadFilter": {
            "channel": [
                54
            ],
            "createdAfter": [
                29
            ],
            "createdBefore": [
                29
            ],
            "isEmergency": [
                5
            ],
            "priority": [
                78
            ],
            "search": [
                88
            ],
            "status": [
                60
            ],
            "__typename": [
                88
            ]
        },
        "LeadQuestion": {
            "essentialForEmergency": [
                5
            ],
            "expectedFormat": [
                36
            ],
            "id": [
                41
            ],
            "mapsTo": [
                62
            ],
            "position": [
                42
            ],
            "question": [
                88
            ],
            "required": [
                5
            ],
            "__typename": [
                88
            ]
        },
        "LeadQuestionInput": {
            "essentialForEmergency": [
                5
            ],
            "expectedFormat": [
                36
            ],
            "mapsTo": [
                62
            ],
            "question": [
                88
            ],
            "required": [
                5
            ],
            "__typename": [
                88
            ]
        },
        "LeadStatus": {},
        "LiveCall": {
            "callSid": [
                88
            ],
            "connectionStatus": [
                88
            ],
            "conversationId": [
                41
            ],
            "durationSeconds": [
                42
            ],
            "interruptions": [
                42
            ],
            "packetsIn": [
                42
            ],
            "packetsOut": [
                42
            ],
            "startedAt": [
                29
            ],
            "toolCalls": [
                94
            ],
            "__typename": [
                88
            ]
        },
        "MapsTo": {},
        "Message": {
            "content": [
                88
            ],
            "createdAt": [
                29
            ],
            "id": [
                41
            ],
            "role": [
                64
            ],
            "__typename": [
                88
            ]
        },
        "MessageRole": {},
        "Mutation": {
            "acceptInvitation": [
                4,
                {
                    "name": [
                        88
                    ],
                    "password": [
                        88,
                        "String!"
                    ],
                    "token": [
                        88,
                        "String!"
                    ]
                }
            ],
            "addClientLinkRule": [
                14,
                {
                    "input": [
                        15,
                        "ClientLinkRuleInput!"
                    ]
                }
            ],
            "addTeamMember": [
                102,
                {
                    "input": [
                        0,
                        "AddTeamMemberInput!"
                    ]
                }
            ],
            "changePassword": [
                4,
                {
                    "currentPassword": [
                        88,
                        "String!"
                    ],
                    "newPassword": [
                        88,
                        "String!"
                    ]
                }
            ],
            "connectGoogleDrive": [
                43,
                {
                    "input": [
                        17,
                        "ConnectGoogleDriveInput!"
                    ]
                }
            ],
            "connectIntegration": [
                43,
                {
                    "input": [
                        18,
                        "ConnectIntegrationInput!"
                    ]
                }
            ],
            "createApiKey": [
                27,
                {
                    "name": [
                        88,
                        "String!"
                    ],
                    "role": [
                        90
                    ]
                }
            ],
            "createClient": [
                10,
                {
                    "input": [
                        13,
                        "ClientInput!"
                    ]
                }
            ],
            "createKnowledgeItem": [
                49,
                {
                    "input": [
                        26,
                        "CreateKnowledgeItemInput!"
                    ]
                }
            ],
            "createLeadQuestion": [
                58,
                {
                    "input": [
                        59,
                        "LeadQuestionInput!"
                    ]
                }
            ],
            "createWebhookEndpoint": [
                106,
                {
                    "input": [
                        105,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "deleteClient": [
                5,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "deleteKnowledgeItem": [
                5,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "deleteLeadQuestion": [
                5,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "deleteWebhookEndpoint": [
                5,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "disconnectIntegration": [
                5,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "inviteTeamMember": [
                102,
                {
                    "input": [
                        46,
                        "InviteTeamMemberInput!"
                    ]
                }
            ],
            "linkProjectToClient": [
                79,
                {
                    "clientId": [
                        41
                    ],
                    "projectId": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "login": [
                4,
                {
                    "email": [
                        88,
                        "String!"
                    ],
                    "password": [
                        88,
                        "String!"
                    ]
                }
            ],
            "removeClientLinkRule": [
                5,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "removeTeamMember": [
                5,
                {
                    "userId": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "reorderLeadQuestions": [
                58,
                {
                    "ids": [
                        41,
                        "[ID!]!"
                    ]
                }
            ],
            "requestPasswordReset": [
                5,
                {
                    "email": [
                        88,
                        "String!"
                    ]
                }
            ],
            "resendInvitation": [
                102,
                {
                    "userId": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "resendVerificationEmail": [
                5
            ],
            "resetPassword": [
                4,
                {
                    "newPassword": [
                        88,
                        "String!"
                    ],
                    "token": [
                        88,
                        "String!"
                    ]
                }
            ],
            "retryNotification": [
                66,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "revokeApiKey": [
                3,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "rotateWebhookSecret": [
                106,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "sendTestEmail": [
                91,
                {
                    "to": [
                        88
                    ]
                }
            ],
            "setPlan": [
                6,
                {
                    "businessId": [
                        41,
                        "ID!"
                    ],
                    "plan": [
                        73,
                        "Plan!"
                    ]
                }
            ],
            "setTeamMemberRole": [
                102,
                {
                    "role": [
                        90,
                        "TeamRole!"
                    ],
                    "userId": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "signUp": [
                4,
                {
                    "input": [
                        86,
                        "SignUpInput!"
                    ]
                }
            ],
            "syncGoogleDrive": [
                34
            ],
            "syncProjects": [
                82,
                {
                    "integrationId": [
                        41
                    ]
                }
            ],
            "updateAgentConfig": [
                2,
                {
                    "input": [
                        95,
                        "UpdateAgentConfigInput!"
                    ]
                }
            ],
            "updateBusiness": [
                6,
                {
                    "input": [
                        96,
                        "UpdateBusinessInput!"
                    ]
                }
            ],
            "updateClient": [
                10,
                {
                    "id": [
                        41,
                        "ID!"
                    ],
                    "input": [
                        13,
                        "ClientInput!"
                    ]
                }
            ],
            "updateKnowledgeItem": [
                49,
                {
                    "id": [
                        41,
                        "ID!"
                    ],
                    "input": [
                        97,
                        "UpdateKnowledgeItemInput!"
                    ]
                }
            ],
            "updateLead": [
                52,
                {
                    "id": [
                        41,
                        "ID!"
                    ],
                    "input": [
                        98,
                        "UpdateLeadInput!"
                    ]
                }
            ],
            "updateLeadQuestion": [
                58,
                {
                    "id": [
                        41,
                        "ID!"
                    ],
                    "input": [
                        99,
                        "UpdateLeadQuestionInput!"
                    ]
                }
            ],
            "updateNotificationSettings": [
                6,
                {
                    "input": [
                        69,
                        "NotificationSettingsInput!"
                    ]
                }
            ],
            "updateVoiceSettings": [
                2,
                {
                    "input": [
                        100,
                        "UpdateVoiceSettingsInput!"
                    ]
                }
            ],
            "updateWebhookEndpoint": [
                104,
                {
                    "id": [
                        41,
                        "ID!"
                    ],
                    "input": [
                        105,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "updateWidgetConfig": [
                108,
                {
                    "input": [
                        101,
                        "UpdateWidgetConfigInput!"
                    ]
                }
            ],
            "verifyNotificationEmail": [
                88,
                {
                    "token": [
                        88,
                        "String!"
                    ]
                }
            ],
            "__typename": [
                88
            ]
        },
        "Notification": {
            "attempts": [
                42
            ],
            "channel": [
                67
            ],
            "createdAt": [
                29
            ],
            "id": [
                41
            ],
            "kind": [
                88
            ],
            "lastError": [
                88
            ],
            "leadId": [
                41
            ],
            "maxAttempts": [
                42
            ],
            "nextAttemptAt": [
                29
            ],
            "recipient": [
                88
            ],
            "sentAt": [
                29
            ],
            "status": [
                70
            ],
            "__typename": [
                88
            ]
        },
        "NotificationChannel": {},
        "NotificationSettings": {
            "notificationEmail": [
                88
            ],
            "notificationPhoneNumber": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "NotificationSettingsInput": {
            "notificationEmail": [
                88
            ],
            "notificationPhoneNumber": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "NotificationStatus": {},
        "PageInfo": {
            "endCursor": [
                88
            ],
            "hasNextPage": [
                5
            ],
            "__typename": [
                88
            ]
        },
        "PasswordCheck": {
            "message": [
                88
            ],
            "ok": [
                5
            ],
            "score": [
                42
            ],
            "__typename": [
                88
            ]
        },
        "Plan": {},
        "PlanFeature": {
            "description": [
                88
            ],
            "included": [
                5
            ],
            "key": [
                88
            ],
            "requiredPlan": [
                73
            ],
            "__typename": [
                88
            ]
        },
        "PlanInfo": {
            "features": [
                74
            ],
            "limits": [
                76
            ],
            "tier": [
                73
            ],
            "__typename": [
                88
            ]
        },
        "PlanLimit": {
            "name": [
                88
            ],
            "value": [
                42
            ],
            "__typename": [
                88
            ]
        },
        "PmProvider": {},
        "Priority": {},
        "Project": {
            "client": [
                10
            ],
            "completedTaskCount": [
                42
            ],
            "description": [
                88
            ],
            "dueDate": [
                88
            ],
            "externalId": [
                88
            ],
            "id": [
                41
            ],
            "lastSyncedAt": [
                29
            ],
            "name": [
                88
            ],
            "progress": [
                42
            ],
            "provider": [
                88
            ],
            "status": [
                88
            ],
            "taskCount": [
                42
            ],
            "url": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ProjectConnection": {
            "edges": [
                81
            ],
            "nodes": [
                79
            ],
            "pageInfo": [
                71
            ],
            "totalCount": [
                42
            ],
            "__typename": [
                88
            ]
        },
        "ProjectEdge": {
            "cursor": [
                88
            ],
            "node": [
                79
            ],
            "__typename": [
                88
            ]
        },
        "ProjectSyncResult": {
            "projectCount": [
                42
            ],
            "taskCount": [
                42
            ],
            "__typename": [
                88
            ]
        },
        "Query": {
            "agentConfig": [
                2
            ],
            "apiKeys": [
                3,
                {
                    "includeRevoked": [
                        5
                    ]
                }
            ],
            "business": [
                6
            ],
            "client": [
                10,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "clientLinkRules": [
                14
            ],
            "clients": [
                11,
                {
                    "after": [
                        88
                    ],
                    "first": [
                        42
                    ],
                    "search": [
                        88
                    ]
                }
            ],
            "conversation": [
                19,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "conversations": [
                21,
                {
                    "after": [
                        88
                    ],
                    "filter": [
                        23
                    ],
                    "first": [
                        42
                    ]
                }
            ],
            "dashboard": [
                28,
                {
                    "from": [
                        29
                    ],
                    "to": [
                        29
                    ]
                }
            ],
            "integrations": [
                43
            ],
            "knowledgeItem": [
                49,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "knowledgeItems": [
                49
            ],
            "lead": [
                52,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "leadQuestions": [
                58
            ],
            "leads": [
                55,
                {
                    "after": [
                        88
                    ],
                    "filter": [
                        57
                    ],
                    "first": [
                        42
                    ]
                }
            ],
            "liveCalls": [
                61
            ],
            "me": [
                103
            ],
            "notifications": [
                66,
                {
                    "leadId": [
                        41
                    ],
                    "limit": [
                        42
                    ],
                    "offset": [
                        42
                    ],
                    "status": [
                        70
                    ]
                }
            ],
            "passwordStrength": [
                72,
                {
                    "email": [
                        88
                    ],
                    "password": [
                        88,
                        "String!"
                    ]
                }
            ],
            "plan": [
                75
            ],
            "project": [
                79,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "projects": [
                80,
                {
                    "after": [
                        88
                    ],
                    "clientId": [
                        41
                    ],
                    "first": [
                        42
                    ],
                    "status": [
                        88
                    ]
                }
            ],
            "team": [
                102
            ],
            "webhookEndpoints": [
                104
            ],
            "widgetConfig": [
                108
            ],
            "__typename": [
                88
            ]
        },
        "QuestionDropOff": {
            "answered": [
                42
            ],
            "dropOffRate": [
                39
            ],
            "position": [
                42
            ],
            "question": [
                88
            ],
            "questionId": [
                41
            ],
            "__typename": [
                88
            ]
        },
        "Role": {},
        "SignUpInput": {
            "businessName": [
                88
            ],
            "email": [
                88
            ],
            "name": [
                88
            ],
            "password": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "StatusCount": {
            "count": [
                42
            ],
            "status": [
                60
            ],
            "__typename": [
                88
            ]
        },
        "String": {},
        "Subscription": {
            "conversationUpdated": [
                25
            ],
            "leadCaptured": [
                53
            ],
            "__typename": [
                88
            ]
        },
        "TeamRole": {},
        "TestEmailResult": {
            "delivery": [
                88
            ],
            "error": [
                88
            ],
            "success": [
                5
            ],
            "to": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "TimeRange": {
            "close": [
                88
            ],
            "open": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "TimeRangeInput": {
            "close": [
                88
            ],
            "open": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ToolCallCount": {
            "count": [
                42
            ],
            "tool": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "UpdateAgentConfigInput": {
            "agentName": [
                88
            ],
            "emergencyKeywords": [
                88
            ],
            "emergencySensitivity": [
                42
            ],
            "faq": [
                38
            ],
            "instructions": [
                88
            ],
            "persona": [
                88
            ],
            "welcomeMessage": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "UpdateBusinessInput": {
            "address": [
                88
            ],
            "allowedOrigins": [
                88
            ],
            "businessHours": [
                8
            ],
            "description": [
                88
            ],
            "emergencyMessageTemplate": [
                88
            ],
            "name": [
                88
            ],
            "phoneNumber": [
                88
            ],
            "timezone": [
                88
            ],
            "website": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "UpdateKnowledgeItemInput": {
            "content": [
                88
            ],
            "format": [
                48
            ],
            "title": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "UpdateLeadInput": {
            "acknowledged": [
                5
            ],
            "clientId": [
                41
            ],
            "notes": [
                88
            ],
            "priority": [
                78
            ],
            "status": [
                60
            ],
            "__typename": [
                88
            ]
        },
        "UpdateLeadQuestionInput": {
            "essentialForEmergency": [
                5
            ],
            "expectedFormat": [
                36
            ],
            "mapsTo": [
                62
            ],
            "question": [
                88
            ],
            "required": [
                5
            ],
            "__typename": [
                88
            ]
        },
        "UpdateVoiceSettingsInput": {
            "interruptionDelayMs": [
                42
            ],
            "realtimeEnabled": [
                5
            ],
            "realtimeVoice": [
                88
            ],
            "twilioLanguage": [
                88
            ],
            "twilioVoice": [
                88
            ],
            "voiceGreeting": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "UpdateWidgetConfigInput": {
            "backgroundColor": [
                88
            ],
            "greeting": [
                88
            ],
            "launcherText": [
                88
            ],
            "position": [
                109
            ],
            "primaryColor": [
                88
            ],
            "showBranding": [
                5
            ],
            "textColor": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "User": {
            "createdAt": [
                29
            ],
            "email": [
                88
            ],
            "id": [
                41
            ],
            "invitationPending": [
                5
            ],
            "lastLoginAt": [
                29
            ],
            "name": [
                88
            ],
            "role": [
                85
            ],
            "__typename": [
                88
            ]
        },
        "Viewer": {
            "apiKeyId": [
                41
            ],
            "business": [
                6
            ],
            "role": [
                85
            ],
            "user": [
                102
            ],
            "__typename": [
                88
            ]
        },
        "WebhookEndpoint": {
            "createdAt": [
                29
            ],
            "deliveries": [
                66,
                {
                    "limit": [
                        42
                    ]
                }
            ],
            "description": [
                88
            ],
            "enabled": [
                5
            ],
            "events": [
                107
            ],
            "id": [
                41
            ],
            "secretHint": [
                88
            ],
            "updatedAt": [
                29
            ],
            "url": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "WebhookEndpointInput": {
            "description": [
                88
            ],
            "enabled": [
                5
            ],
            "events": [
                107
            ],
            "url": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "WebhookEndpointWithSecret": {
            "endpoint": [
                104
            ],
            "secret": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "WebhookEvent": {},
        "WidgetConfig": {
            "backgroundColor": [
                88
            ],
            "greeting": [
                88
            ],
            "id": [
                41
            ],
            "launcherText": [
                88
            ],
            "position": [
                109
            ],
            "primaryColor": [
                88
            ],
            "showBranding": [
                5
            ],
            "textColor": [
                88
            ],
            "updatedAt": [
                29
            ],
            "__typename": [
                88
            ]
        },
        "WidgetPosition": {}
    }
}