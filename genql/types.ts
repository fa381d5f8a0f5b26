export default {
    "scalars": [
        6,
        18,
        22,
        26,
        31,
        39,
        40,
        43,
        45,
        46,
        48,
        49,
        51,
        52,
        54,
        55,
        58,
        64,
        66,
        68,
        71,
        74,
        77,
        78,
        82,
        83,
        90,
        93,
        95,
        100,
        114,
        116
    ],
    "types": {
        "AddTeamMemberInput": {
            "email": [
                93
            ],
            "name": [
                93
            ],
            "password": [
                93
            ],
            "role": [
                95
            ],
            "__typename": [
                93
            ]
        },
        "AdvancedAnalytics": {
            "hourlyHeatmap": [
                44
            ],
            "questionDropOff": [
                89
            ],
            "__typename": [
                93
            ]
        },
        "AgentConfig": {
            "agentName": [
                93
            ],
            "emergencyKeywords": [
                93
            ],
            "emergencySensitivity": [
                46
            ],
            "faq": [
                41
            ],
            "id": [
                45
            ],
            "instructions": [
                93
            ],
            "interruptionDelayMs": [
                46
            ],
            "persona": [
                93
            ],
            "realtimeEnabled": [
                6
            ],
            "realtimeVoice": [
                93
            ],
            "twilioLanguage": [
                93
            ],
            "twilioVoice": [
                93
            ],
            "updatedAt": [
                31
            ],
            "voiceGreeting": [
                93
            ],
            "welcomeMessage": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "ApiKey": {
            "createdAt": [
                31
            ],
            "createdBy": [
                109
            ],
            "id": [
                45
            ],
            "lastUsedAt": [
                31
            ],
            "name": [
                93
            ],
            "prefix": [
                93
            ],
            "revokedAt": [
                31
            ],
            "role": [
                90
            ],
            "__typename": [
                93
            ]
        },
        "AuthPayload": {
            "businessId": [
                45
            ],
            "role": [
                90
            ],
            "token": [
                93
            ],
            "userId": [
                45
            ],
            "__typename": [
                93
            ]
        },
        "AvailablePhoneNumber": {
            "friendlyName": [
                93
            ],
            "isoCountry": [
                93
            ],
            "locality": [
                93
            ],
            "phoneNumber": [
                93
            ],
            "region": [
                93
            ],
            "sms": [
                6
            ],
            "voice": [
                6
            ],
            "__typename": [
                93
            ]
        },
        "Boolean": {},
        "Business": {
            "address": [
                93
            ],
            "allowedOrigins": [
                93
            ],
            "businessHours": [
                8
            ],
            "createdAt": [
                31
            ],
            "description": [
                93
            ],
            "emergencyMessageTemplate": [
                93
            ],
            "id": [
                45
            ],
            "leadEmailRecipient": [
                93
            ],
            "name": [
                93
            ],
            "notificationEmailVerified": [
                6
            ],
            "notificationSettings": [
                72
            ],
            "phoneNumber": [
                93
            ],
            "phoneNumberSource": [
                77
            ],
            "plan": [
                78
            ],
            "timezone": [
                93
            ],
            "twilioNumber": [
                93
            ],
            "updatedAt": [
                31
            ],
            "website": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "BusinessHours": {
            "holidays": [
                93
            ],
            "weekly": [
                33
            ],
            "__typename": [
                93
            ]
        },
        "BusinessHoursInput": {
            "holidays": [
                93
            ],
            "weekly": [
                34
            ],
            "__typename": [
                93
            ]
        },
        "CallAnalytics": {
            "connectionStatus": [
                93
            ],
            "durationSeconds": [
                46
            ],
            "emergencyDetected": [
                6
            ],
            "firstAudioMs": [
                46
            ],
            "intents": [
                93
            ],
            "interruptions": [
                46
            ],
            "messages": [
                46
            ],
            "mode": [
                93
            ],
            "openaiErrors": [
                46
            ],
            "packetsDropped": [
                46
            ],
            "packetsIn": [
                46
            ],
            "packetsOut": [
                46
            ],
            "reconnects": [
                46
            ],
            "toolCalls": [
                99
            ],
            "turnLatency": [
                101
            ],
            "__typename": [
                93
            ]
        },
        "CallTransferSettings": {
            "numbers": [
                93
            ],
            "ringSeconds": [
                46
            ],
            "__typename": [
                93
            ]
        },
        "Client": {
            "company": [
                93
            ],
            "createdAt": [
                31
            ],
            "email": [
                93
            ],
            "externalRef": [
                93
            ],
            "id": [
                45
            ],
            "name": [
                93
            ],
            "notes": [
                93
            ],
            "phone": [
                93
            ],
            "projects": [
                84
            ],
            "updatedAt": [
                31
            ],
            "__typename": [
                93
            ]
        },
        "ClientConnection": {
            "edges": [
                14
            ],
            "nodes": [
                12
            ],
            "pageInfo": [
                75
            ],
            "totalCount": [
                46
            ],
            "__typename": [
                93
            ]
        },
        "ClientEdge": {
            "cursor": [
                93
            ],
            "node": [
                12
            ],
            "__typename": [
                93
            ]
        },
        "ClientInput": {
            "company": [
                93
            ],
            "email": [
                93
            ],
            "name": [
                93
            ],
            "notes": [
                93
            ],
            "phone": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "ClientLinkRule": {
            "clientId": [
                45
            ],
            "createdAt": [
                31
            ],
            "id": [
                45
            ],
            "kind": [
                18
            ],
            "value": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "ClientLinkRuleInput": {
            "clientId": [
                45
            ],
            "kind": [
                18
            ],
            "value": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "ClientLinkRuleKind": {},
        "ConnectGoogleDriveInput": {
            "accessToken": [
                93
            ],
            "folderId": [
                93
            ],
            "serviceAccountKey": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "ConnectIntegrationInput": {
            "accessToken": [
                93
            ],
            "apiToken": [
                93
            ],
            "customerColumn": [
                93
            ],
            "customerField": [
                93
            ],
            "doneLabels": [
                93
            ],
            "email": [
                93
            ],
            "jql": [
                93
            ],
            "provider": [
                82
            ],
            "signingSecret": [
                93
            ],
            "siteUrl": [
                93
            ],
            "workspaceGid": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "Conversation": {
            "callAnalytics": [
                10
            ],
            "channel": [
                22
            ],
            "client": [
                12
            ],
            "durationSeconds": [
                46
            ],
            "endedAt": [
                31
            ],
            "fromNumber": [
                93
            ],
            "id": [
                45
            ],
            "leads": [
                56
            ],
            "messages": [
                67,
                {
                    "first": [
                        46
                    ]
                }
            ],
            "startedAt": [
                31
            ],
            "status": [
                26
            ],
            "summary": [
                93
            ],
            "toNumber": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "ConversationChannel": {},
        "ConversationConnection": {
            "edges": [
                24
            ],
            "nodes": [
                21
            ],
            "pageInfo": [
                75
            ],
            "totalCount": [
                46
            ],
            "__typename": [
                93
            ]
        },
        "ConversationEdge": {
            "cursor": [
                93
            ],
            "node": [
                21
            ],
            "__typename": [
                93
            ]
        },
        "ConversationFilter": {
            "channel": [
                22
            ],
            "startedAfter": [
                31
            ],
            "startedBefore": [
                31
            ],
            "status": [
                26
            ],
            "__typename": [
                93
            ]
        },
        "ConversationStatus": {},
        "ConversationUpdatedEvent": {
            "channel": [
                22
            ],
            "conversation": [
                21
            ],
            "conversationId": [
                45
            ],
            "status": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "CreateKnowledgeItemInput": {
            "content": [
                93
            ],
            "format": [
                52
            ],
            "title": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "CreatedApiKey": {
            "apiKey": [
                3
            ],
            "secret": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "Dashboard": {
            "advanced": [
                1
            ],
            "calls": [
                46
            ],
            "chats": [
                46
            ],
            "emergencies": [
                46
            ],
            "enhanced": [
                38
            ],
            "from": [
                31
            ],
            "leadsByStatus": [
                92
            ],
            "leadsPerDay": [
                32
            ],
            "leadsTotal": [
                46
            ],
            "timezone": [
                93
            ],
            "to": [
                31
            ],
            "__typename": [
                93
            ]
        },
        "DateTime": {},
        "DayCount": {
            "count": [
                46
            ],
            "date": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "DayHours": {
            "day": [
                93
            ],
            "ranges": [
                97
            ],
            "__typename": [
                93
            ]
        },
        "DayHoursInput": {
            "day": [
                93
            ],
            "ranges": [
                98
            ],
            "__typename": [
                93
            ]
        },
        "DayKeyCount": {
            "count": [
                46
            ],
            "date": [
                93
            ],
            "key": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "DriveSyncResult": {
            "added": [
                46
            ],
            "removed": [
                46
            ],
            "skipped": [
                46
            ],
            "unchanged": [
                46
            ],
            "updated": [
                46
            ],
            "__typename": [
                93
            ]
        },
        "EmergencyEscalation": {
            "acknowledgedAt": [
                31
            ],
            "acknowledgedBy": [
                93
            ],
            "contacts": [
                93
            ],
            "id": [
                45
            ],
            "leadId": [
                45
            ],
            "notedLeadIds": [
                45
            ],
            "startedAt": [
                31
            ],
            "status": [
                39
            ],
            "__typename": [
                93
            ]
        },
        "EnhancedAnalytics": {
            "averageCallDurationSeconds": [
                43
            ],
            "averageChatDurationSeconds": [
                43
            ],
            "conversionRate": [
                43
            ],
            "leadsPerDayByChannel": [
                35
            ],
            "leadsPerDayByPriority": [
                35
            ],
            "__typename": [
                93
            ]
        },
        "EscalationStatus": {},
        "ExpectedFormat": {},
        "FaqEntry": {
            "answer": [
                93
            ],
            "question": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "FaqEntryInput": {
            "answer": [
                93
            ],
            "question": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "Float": {},
        "HeatmapCell": {
            "count": [
                46
            ],
            "dayOfWeek": [
                46
            ],
            "hour": [
                46
            ],
            "__typename": [
                93
            ]
        },
        "ID": {},
        "Int": {},
        "Integration": {
            "accountLabel": [
                93
            ],
            "createdAt": [
                31
            ],
            "credentialsHint": [
                93
            ],
            "id": [
                45
            ],
            "lastError": [
                93
            ],
            "lastSyncAt": [
                31
            ],
            "projectCount": [
                46
            ],
            "provider": [
                48
            ],
            "status": [
                49
            ],
            "taskCount": [
                46
            ],
            "webhooksActive": [
                6
            ],
            "__typename": [
                93
            ]
        },
        "IntegrationProvider": {},
        "IntegrationStatus": {},
        "InviteTeamMemberInput": {
            "email": [
                93
            ],
            "name": [
                93
            ],
            "role": [
                95
            ],
            "__typename": [
                93
            ]
        },
        "JSON": {},
        "KnowledgeInputFormat": {},
        "KnowledgeItem": {
            "chunkCount": [
                46
            ],
            "content": [
                93
            ],
            "createdAt": [
                31
            ],
            "id": [
                45
            ],
            "source": [
                54
            ],
            "status": [
                55
            ],
            "title": [
                93
            ],
            "updatedAt": [
                31
            ],
            "__typename": [
                93
            ]
        },
        "KnowledgeSource": {},
        "KnowledgeStatus": {},
        "Lead": {
            "acknowledgedAt": [
                31
            ],
            "address": [
                93
            ],
            "capturedData": [
                51
            ],
            "channel": [
                58
            ],
            "client": [
                12
            ],
            "conversation": [
                21
            ],
            "createdAt": [
                31
            ],
            "email": [
                93
            ],
            "emergencyNotes": [
                93
            ],
            "emergencySeverity": [
                46
            ],
            "escalation": [
                37
            ],
            "id": [
                45
            ],
            "isEmergency": [
                6
            ],
            "issue": [
                93
            ],
            "name": [
                93
            ],
            "notes": [
                93
            ],
            "notifications": [
                70
            ],
            "phone": [
                93
            ],
            "priority": [
                83
            ],
            "status": [
                64
            ],
            "updatedAt": [
                31
            ],
            "__typename": [
                93
            ]
        },
        "LeadCapturedEvent": {
            "lead": [
                56
            ],
            "leadId": [
                45
            ],
            "__typename": [
                93
            ]
        },
        "LeadChannel": {},
        "LeadConnection": {
            "edges": [
                60
            ],
            "nodes": [
                56
            ],
            "pageInfo": [
                75
            ],
            "totalCount": [
                46
            ],
            "__typename": [
                93
            ]
        },
        "LeadEdge": {
            "cursor": [
                93
            ],
            "node": [
                56
            ],
            "__typename": [
                93
            ]
        },
        "LeadFilter": {
            "channel": [
                58
            ],
            "createdAfter": [
                31
            ],
            "createdBefore": [
                31
            ],
            "isEmergency": [
                6
            ],
            "priority": [
                83
            ],
            "search": [
                93
            ],
            "status": [
                64
            ],
            "__typename": [
                93
            ]
        },
        "LeadQuestion": {
            "essentialForEmergency": [
                6
            ],
            "expectedFormat": [
                40
            ],
            "id": [
                45
            ],
            "mapsTo": [
                66
            ],
            "position": [
                46
            ],
            "question": [
                93
            ],
            "required": [
                6
            ],
            "__typename": [
                93
            ]
        },
        "LeadQuestionInput": {
            "essentialForEmergency": [
                6
            ],
            "expectedFormat": [
                40
            ],
            "mapsTo": [
                66
            ],
            "question": [
                93
            ],
            "required": [
                6
            ],
            "__typename": [
                93
            ]
        },
        "LeadStatus": {},
        "LiveCall": {
            "callSid": [
                93
            ],
            "connectionStatus": [
                93
            ],
            "conversationId": [
                45
            ],
            "durationSeconds": [
                46
            ],
            "interruptions": [
                46
            ],
            "packetsIn": [
                46
            ],
            "packetsOut": [
                46
            ],
            "startedAt": [
                31
            ],
            "toolCalls": [
                99
            ],
            "__typename": [
                93
            ]
        },
        "MapsTo": {},
        "Message": {
            "content": [
                93
            ],
            "createdAt": [
                31
            ],
            "id": [
                45
            ],
            "role": [
                68
            ],
            "__typename": [
                93
            ]
        },
        "MessageRole": {},
        "Mutation": {
            "acceptInvitation": [
                4,
                {
                    "name": [
                        93
                    ],
                    "password": [
                        93,
                        "String!"
                    ],
                    "token": [
                        93,
                        "String!"
                    ]
                }
            ],
            "addClientLinkRule": [
                16,
                {
                    "input": [
                        17,
                        "ClientLinkRuleInput!"
                    ]
                }
            ],
            "addTeamMember": [
                109,
                {
                    "input": [
                        0,
                        "AddTeamMemberInput!"
                    ]
                }
            ],
            "assignPhoneNumber": [
                7,
                {
                    "businessId": [
                        45,
                        "ID!"
                    ],
                    "phoneNumber": [
                        93
                    ]
                }
            ],
            "changePassword": [
                4,
                {
                    "currentPassword": [
                        93,
                        "String!"
                    ],
                    "newPassword": [
                        93,
                        "String!"
                    ]
                }
            ],
            "connectGoogleDrive": [
                47,
                {
                    "input": [
                        19,
                        "ConnectGoogleDriveInput!"
                    ]
                }
            ],
            "connectIntegration": [
                47,
                {
                    "input": [
                        20,
                        "ConnectIntegrationInput!"
                    ]
                }
            ],
            "connectPhoneNumber": [
                7,
                {
                    "phoneNumber": [
                        93,
                        "String!"
                    ]
                }
            ],
            "createApiKey": [
                29,
                {
                    "name": [
                        93,
                        "String!"
                    ],
                    "role": [
                        95
                    ]
                }
            ],
            "createClient": [
                12,
                {
                    "input": [
                        15,
                        "ClientInput!"
                    ]
                }
            ],
            "createKnowledgeItem": [
                53,
                {
                    "input": [
                        28,
                        "CreateKnowledgeItemInput!"
                    ]
                }
            ],
            "createLeadQuestion": [
                62,
                {
                    "input": [
                        63,
                        "LeadQuestionInput!"
                    ]
                }
            ],
            "createWebhookEndpoint": [
                113,
                {
                    "input": [
                        112,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "deleteClient": [
                6,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "deleteKnowledgeItem": [
                6,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "deleteLeadQuestion": [
                6,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "deleteWebhookEndpoint": [
                6,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "disconnectIntegration": [
                6,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "inviteTeamMember": [
                109,
                {
                    "input": [
                        50,
                        "InviteTeamMemberInput!"
                    ]
                }
            ],
            "linkProjectToClient": [
                84,
                {
                    "clientId": [
                        45
                    ],
                    "projectId": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "login": [
                4,
                {
                    "email": [
                        93,
                        "String!"
                    ],
                    "password": [
                        93,
                        "String!"
                    ]
                }
            ],
            "provisionPhoneNumber": [
                7,
                {
                    "phoneNumber": [
                        93,
                        "String!"
                    ]
                }
            ],
            "releasePhoneNumber": [
                7
            ],
            "removeClientLinkRule": [
                6,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "removeTeamMember": [
                6,
                {
                    "userId": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "reorderLeadQuestions": [
                62,
                {
                    "ids": [
                        45,
                        "[ID!]!"
                    ]
                }
            ],
            "requestPasswordReset": [
                6,
                {
                    "email": [
                        93,
                        "String!"
                    ]
                }
            ],
            "resendInvitation": [
                109,
                {
                    "userId": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "resendVerificationEmail": [
                6
            ],
            "resetPassword": [
                4,
                {
                    "newPassword": [
                        93,
                        "String!"
                    ],
                    "token": [
                        93,
                        "String!"
                    ]
                }
            ],
            "retryNotification": [
                70,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "revokeApiKey": [
                3,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "rotateWebhookSecret": [
                113,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "sendTestEmail": [
                96,
                {
                    "to": [
                        93
                    ]
                }
            ],
            "setCallTransfer": [
                11,
                {
                    "numbers": [
                        93,
                        "[String!]!"
                    ],
                    "ringSeconds": [
                        46
                    ]
                }
            ],
            "setPlan": [
                7,
                {
                    "businessId": [
                        45,
                        "ID!"
                    ],
                    "plan": [
                        78,
                        "Plan!"
                    ]
                }
            ],
            "setTeamMemberRole": [
                109,
                {
                    "role": [
                        95,
                        "TeamRole!"
                    ],
                    "userId": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "signUp": [
                4,
                {
                    "input": [
                        91,
                        "SignUpInput!"
                    ]
                }
            ],
            "syncGoogleDrive": [
                36
            ],
            "syncProjects": [
                87,
                {
                    "integrationId": [
                        45
                    ]
                }
            ],
            "updateAgentConfig": [
                2,
                {
                    "input": [
                        102,
                        "UpdateAgentConfigInput!"
                    ]
                }
            ],
            "updateBusiness": [
                7,
                {
                    "input": [
                        103,
                        "UpdateBusinessInput!"
                    ]
                }
            ],
            "updateClient": [
                12,
                {
                    "id": [
                        45,
                        "ID!"
                    ],
                    "input": [
                        15,
                        "ClientInput!"
                    ]
                }
            ],
            "updateKnowledgeItem": [
                53,
                {
                    "id": [
                        45,
                        "ID!"
                    ],
                    "input": [
                        104,
                        "UpdateKnowledgeItemInput!"
                    ]
                }
            ],
            "updateLead": [
                56,
                {
                    "id": [
                        45,
                        "ID!"
                    ],
                    "input": [
                        105,
                        "UpdateLeadInput!"
                    ]
                }
            ],
            "updateLeadQuestion": [
                62,
                {
                    "id": [
                        45,
                        "ID!"
                    ],
                    "input": [
                        106,
                        "UpdateLeadQuestionInput!"
                    ]
                }
            ],
            "updateNotificationSettings": [
                7,
                {
                    "input": [
                        73,
                        "NotificationSettingsInput!"
                    ]
                }
            ],
            "updateVoiceSettings": [
                2,
                {
                    "input": [
                        107,
                        "UpdateVoiceSettingsInput!"
                    ]
                }
            ],
            "updateWebhookEndpoint": [
                111,
                {
                    "id": [
                        45,
                        "ID!"
                    ],
                    "input": [
                        112,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "updateWidgetConfig": [
                115,
                {
                    "input": [
                        108,
                        "UpdateWidgetConfigInput!"
                    ]
                }
            ],
            "verifyNotificationEmail": [
                93,
                {
                    "token": [
                        93,
                        "String!"
                    ]
                }
            ],
            "__typename": [
                93
            ]
        },
        "Notification": {
            "attempts": [
                46
            ],
            "channel": [
                71
            ],
            "createdAt": [
                31
            ],
            "id": [
                45
            ],
            "kind": [
                93
            ],
            "lastError": [
                93
            ],
            "leadId": [
                45
            ],
            "maxAttempts": [
                46
            ],
            "nextAttemptAt": [
                31
            ],
            "recipient": [
                93
            ],
            "sentAt": [
                31
            ],
            "status": [
                74
            ],
            "__typename": [
                93
            ]
        },
        "NotificationChannel": {},
        "NotificationSettings": {
            "escalationContacts": [
                93
            ],
            "notificationEmail": [
                93
            ],
            "notificationPhoneNumber": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "NotificationSettingsInput": {
            "escalationContacts": [
                93
            ],
            "notificationEmail": [
                93
            ],
            "notificationPhoneNumber": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "NotificationStatus": {},
        "PageInfo": {
            "endCursor": [
                93
            ],
            "hasNextPage": [
                6
            ],
            "__typename": [
                93
            ]
        },
        "PasswordCheck": {
            "message": [
                93
            ],
            "ok": [
                6
            ],
            "score": [
                46
            ],
            "__typename": [
                93
            ]
        },
        "PhoneNumberSource": {},
        "Plan": {},
        "PlanFeature": {
            "description": [
                93
            ],
            "included": [
                6
            ],
            "key": [
                93
            ],
            "requiredPlan": [
                78
            ],
            "__typename": [
                93
            ]
        },
        "PlanInfo": {
            "features": [
                79
            ],
            "limits": [
                81
            ],
            "tier": [
                78
            ],
            "__typename": [
                93
            ]
        },
        "PlanLimit": {
            "name": [
                93
            ],
            "value": [
                46
            ],
            "__typename": [
                93
            ]
        },
        "PmProvider": {},
        "Priority": {},
        "Project": {
            "client": [
                12
            ],
            "completedTaskCount": [
                46
            ],
            "description": [
                93
            ],
            "dueDate": [
                93
            ],
            "externalId": [
                93
            ],
            "id": [
                45
            ],
            "lastSyncedAt": [
                31
            ],
            "name": [
                93
            ],
            "progress": [
                46
            ],
            "provider": [
                93
            ],
            "status": [
                93
            ],
            "taskCount": [
                46
            ],
            "url": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "ProjectConnection": {
            "edges": [
                86
            ],
            "nodes": [
                84
            ],
            "pageInfo": [
                75
            ],
            "totalCount": [
                46
            ],
            "__typename": [
                93
            ]
        },
        "ProjectEdge": {
            "cursor": [
                93
            ],
            "node": [
                84
            ],
            "__typename": [
                93
            ]
        },
        "ProjectSyncResult": {
            "projectCount": [
                46
            ],
            "taskCount": [
                46
            ],
            "__typename": [
                93
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
                        6
                    ]
                }
            ],
            "availablePhoneNumbers": [
                5,
                {
                    "areaCode": [
                        93
                    ],
                    "contains": [
                        93
                    ],
                    "country": [
                        93
                    ]
                }
            ],
            "business": [
                7
            ],
            "callTransfer": [
                11
            ],
            "client": [
                12,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "clientLinkRules": [
                16
            ],
            "clients": [
                13,
                {
                    "after": [
                        93
                    ],
                    "first": [
                        46
                    ],
                    "search": [
                        93
                    ]
                }
            ],
            "conversation": [
                21,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "conversations": [
                23,
                {
                    "after": [
                        93
                    ],
                    "filter": [
                        25
                    ],
                    "first": [
                        46
                    ]
                }
            ],
            "dashboard": [
                30,
                {
                    "from": [
                        31
                    ],
                    "to": [
                        31
                    ]
                }
            ],
            "integrations": [
                47
            ],
            "knowledgeItem": [
                53,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "knowledgeItems": [
                53
            ],
            "lead": [
                56,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "leadQuestions": [
                62
            ],
            "leads": [
                59,
                {
                    "after": [
                        93
                    ],
                    "filter": [
                        61
                    ],
                    "first": [
                        46
                    ]
                }
            ],
            "liveCalls": [
                65
            ],
            "me": [
                110
            ],
            "notifications": [
                70,
                {
                    "leadId": [
                        45
                    ],
                    "limit": [
                        46
                    ],
                    "offset": [
                        46
                    ],
                    "status": [
                        74
                    ]
                }
            ],
            "passwordStrength": [
                76,
                {
                    "email": [
                        93
                    ],
                    "password": [
                        93,
                        "String!"
                    ]
                }
            ],
            "plan": [
                80
            ],
            "project": [
                84,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "projects": [
                85,
                {
                    "after": [
                        93
                    ],
                    "clientId": [
                        45
                    ],
                    "first": [
                        46
                    ],
                    "status": [
                        93
                    ]
                }
            ],
            "team": [
                109
            ],
            "webhookEndpoints": [
                111
            ],
            "widgetConfig": [
                115
            ],
            "__typename": [
                93
            ]
        },
        "QuestionDropOff": {
            "answered": [
                46
            ],
            "dropOffRate": [
                43
            ],
            "position": [
                46
            ],
            "question": [
                93
            ],
            "questionId": [
                45
            ],
            "__typename": [
                93
            ]
        },
        "Role": {},
        "SignUpInput": {
            "businessName": [
                93
            ],
            "email": [
                93
            ],
            "name": [
                93
            ],
            "password": [
                93
            ],
            "timezone": [
                93
            ],
            "trade": [
                100
            ],
            "__typename": [
                93
            ]
        },
        "StatusCount": {
            "count": [
                46
            ],
            "status": [
                64
            ],
            "__typename": [
                93
            ]
        },
        "String": {},
        "Subscription": {
            "conversationUpdated": [
                27
            ],
            "leadCaptured": [
                57
            ],
            "__typename": [
                93
            ]
        },
        "TeamRole": {},
        "TestEmailResult": {
            "delivery": [
                93
            ],
            "error": [
                93
            ],
            "success": [
                6
            ],
            "to": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "TimeRange": {
            "close": [
                93
            ],
            "open": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "TimeRangeInput": {
            "close": [
                93
            ],
            "open": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "ToolCallCount": {
            "count": [
                46
            ],
            "tool": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "Trade": {},
        "TurnLatency": {
            "bridgeP50Ms": [
                43
            ],
            "bridgeP95Ms": [
                43
            ],
            "modelP50Ms": [
                43
            ],
            "modelP95Ms": [
                43
            ],
            "totalP50Ms": [
                43
            ],
            "totalP95Ms": [
                43
            ],
            "turns": [
                46
            ],
            "__typename": [
                93
            ]
        },
        "UpdateAgentConfigInput": {
            "agentName": [
                93
            ],
            "emergencyKeywords": [
                93
            ],
            "emergencySensitivity": [
                46
            ],
            "faq": [
                42
            ],
            "instructions": [
                93
            ],
            "persona": [
                93
            ],
            "welcomeMessage": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "UpdateBusinessInput": {
            "address": [
                93
            ],
            "allowedOrigins": [
                93
            ],
            "businessHours": [
                9
            ],
            "description": [
                93
            ],
            "emergencyMessageTemplate": [
                93
            ],
            "name": [
                93
            ],
            "phoneNumber": [
                93
            ],
            "timezone": [
                93
            ],
            "website": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "UpdateKnowledgeItemInput": {
            "content": [
                93
            ],
            "format": [
                52
            ],
            "title": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "UpdateLeadInput": {
            "acknowledged": [
                6
            ],
            "clientId": [
                45
            ],
            "notes": [
                93
            ],
            "priority": [
                83
            ],
            "status": [
                64
            ],
            "__typename": [
                93
            ]
        },
        "UpdateLeadQuestionInput": {
            "essentialForEmergency": [
                6
            ],
            "expectedFormat": [
                40
            ],
            "mapsTo": [
                66
            ],
            "question": [
                93
            ],
            "required": [
                6
            ],
            "__typename": [
                93
            ]
        },
        "UpdateVoiceSettingsInput": {
            "interruptionDelayMs": [
                46
            ],
            "realtimeEnabled": [
                6
            ],
            "realtimeVoice": [
                93
            ],
            "twilioLanguage": [
                93
            ],
            "twilioVoice": [
                93
            ],
            "voiceGreeting": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "UpdateWidgetConfigInput": {
            "backgroundColor": [
                93
            ],
            "greeting": [
                93
            ],
            "launcherText": [
                93
            ],
            "position": [
                116
            ],
            "primaryColor": [
                93
            ],
            "showBranding": [
                6
            ],
            "textColor": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "User": {
            "createdAt": [
                31
            ],
            "email": [
                93
            ],
            "id": [
                45
            ],
            "invitationPending": [
                6
            ],
            "lastLoginAt": [
                31
            ],
            "name": [
                93
            ],
            "role": [
                90
            ],
            "__typename": [
                93
            ]
        },
        "Viewer": {
            "apiKeyId": [
                45
            ],
            "business": [
                7
            ],
            "role": [
                90
            ],
            "user": [
                109
            ],
            "__typename": [
                93
            ]
        },
        "WebhookEndpoint": {
            "createdAt": [
                31
            ],
            "deliveries": [
                70,
                {
                    "limit": [
                        46
                    ]
                }
            ],
            "description": [
                93
            ],
            "enabled": [
                6
            ],
            "events": [
                114
            ],
            "id": [
                45
            ],
            "secretHint": [
                93
            ],
            "updatedAt": [
                31
            ],
            "url": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "WebhookEndpointInput": {
            "description": [
                93
            ],
            "enabled": [
                6
            ],
            "events": [
                114
            ],
            "url": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "WebhookEndpointWithSecret": {
            "endpoint": [
                111
            ],
            "secret": [
                93
            ],
            "__typename": [
                93
            ]
        },
        "WebhookEvent": {},
        "WidgetConfig": {
            "backgroundColor": [
                93
            ],
            "greeting": [
                93
            ],
            "id": [
                45
            ],
            "launcherText": [
                93
            ],
            "position": [
                116
            ],
            "primaryColor": [
                93
            ],
            "showBranding": [
                6
            ],
            "textColor": [
                93
            ],
            "updatedAt": [
                31
            ],
            "__typename": [
                93
            ]
        },
        "WidgetPosition": {}
    }
}