export default {
    "scalars": [
        8,
        20,
        24,
        28,
        33,
        41,
        42,
        45,
        47,
        48,
        50,
        51,
        53,
        54,
        56,
        57,
        60,
        66,
        68,
        70,
        73,
        76,
        79,
        80,
        84,
        85,
        92,
        95,
        97,
        102,
        117,
        119
    ],
    "types": {
        "AddTeamMemberInput": {
            "email": [
                95
            ],
            "name": [
                95
            ],
            "password": [
                95
            ],
            "role": [
                97
            ],
            "__typename": [
                95
            ]
        },
        "AdvancedAnalytics": {
            "hourlyHeatmap": [
                46
            ],
            "questionDropOff": [
                91
            ],
            "__typename": [
                95
            ]
        },
        "AgentAnswer": {
            "answer": [
                95
            ],
            "known": [
                8
            ],
            "sources": [
                3
            ],
            "__typename": [
                95
            ]
        },
        "AgentAnswerSource": {
            "title": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "AgentConfig": {
            "agentName": [
                95
            ],
            "emergencyKeywords": [
                95
            ],
            "emergencySensitivity": [
                48
            ],
            "faq": [
                43
            ],
            "greeting": [
                95
            ],
            "id": [
                47
            ],
            "instructions": [
                95
            ],
            "interruptionDelayMs": [
                48
            ],
            "persona": [
                95
            ],
            "realtimeEnabled": [
                8
            ],
            "realtimeVoice": [
                95
            ],
            "twilioLanguage": [
                95
            ],
            "twilioVoice": [
                95
            ],
            "updatedAt": [
                33
            ],
            "voiceGreeting": [
                95
            ],
            "welcomeMessage": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "ApiKey": {
            "createdAt": [
                33
            ],
            "createdBy": [
                112
            ],
            "id": [
                47
            ],
            "lastUsedAt": [
                33
            ],
            "name": [
                95
            ],
            "prefix": [
                95
            ],
            "revokedAt": [
                33
            ],
            "role": [
                92
            ],
            "__typename": [
                95
            ]
        },
        "AuthPayload": {
            "businessId": [
                47
            ],
            "role": [
                92
            ],
            "token": [
                95
            ],
            "userId": [
                47
            ],
            "__typename": [
                95
            ]
        },
        "AvailablePhoneNumber": {
            "friendlyName": [
                95
            ],
            "isoCountry": [
                95
            ],
            "locality": [
                95
            ],
            "phoneNumber": [
                95
            ],
            "region": [
                95
            ],
            "sms": [
                8
            ],
            "voice": [
                8
            ],
            "__typename": [
                95
            ]
        },
        "Boolean": {},
        "Business": {
            "address": [
                95
            ],
            "allowedOrigins": [
                95
            ],
            "businessHours": [
                10
            ],
            "createdAt": [
                33
            ],
            "description": [
                95
            ],
            "emergencyMessageTemplate": [
                95
            ],
            "id": [
                47
            ],
            "leadEmailRecipient": [
                95
            ],
            "name": [
                95
            ],
            "notificationEmailVerified": [
                8
            ],
            "notificationSettings": [
                74
            ],
            "phoneNumber": [
                95
            ],
            "phoneNumberSource": [
                79
            ],
            "plan": [
                80
            ],
            "timezone": [
                95
            ],
            "twilioNumber": [
                95
            ],
            "updatedAt": [
                33
            ],
            "website": [
                95
            ],
            "widgetLastSeen": [
                120
            ],
            "__typename": [
                95
            ]
        },
        "BusinessHours": {
            "holidays": [
                95
            ],
            "weekly": [
                35
            ],
            "__typename": [
                95
            ]
        },
        "BusinessHoursInput": {
            "holidays": [
                95
            ],
            "weekly": [
                36
            ],
            "__typename": [
                95
            ]
        },
        "CallAnalytics": {
            "connectionStatus": [
                95
            ],
            "durationSeconds": [
                48
            ],
            "emergencyDetected": [
                8
            ],
            "firstAudioMs": [
                48
            ],
            "intents": [
                95
            ],
            "interruptions": [
                48
            ],
            "messages": [
                48
            ],
            "mode": [
                95
            ],
            "openaiErrors": [
                48
            ],
            "packetsDropped": [
                48
            ],
            "packetsIn": [
                48
            ],
            "packetsOut": [
                48
            ],
            "reconnects": [
                48
            ],
            "toolCalls": [
                101
            ],
            "turnLatency": [
                103
            ],
            "__typename": [
                95
            ]
        },
        "CallTransferSettings": {
            "numbers": [
                95
            ],
            "ringSeconds": [
                48
            ],
            "__typename": [
                95
            ]
        },
        "Client": {
            "company": [
                95
            ],
            "createdAt": [
                33
            ],
            "email": [
                95
            ],
            "externalRef": [
                95
            ],
            "id": [
                47
            ],
            "name": [
                95
            ],
            "notes": [
                95
            ],
            "phone": [
                95
            ],
            "projects": [
                86
            ],
            "updatedAt": [
                33
            ],
            "__typename": [
                95
            ]
        },
        "ClientConnection": {
            "edges": [
                16
            ],
            "nodes": [
                14
            ],
            "pageInfo": [
                77
            ],
            "totalCount": [
                48
            ],
            "__typename": [
                95
            ]
        },
        "ClientEdge": {
            "cursor": [
                95
            ],
            "node": [
                14
            ],
            "__typename": [
                95
            ]
        },
        "ClientInput": {
            "company": [
                95
            ],
            "email": [
                95
            ],
            "name": [
                95
            ],
            "notes": [
                95
            ],
            "phone": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "ClientLinkRule": {
            "clientId": [
                47
            ],
            "createdAt": [
                33
            ],
            "id": [
                47
            ],
            "kind": [
                20
            ],
            "value": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "ClientLinkRuleInput": {
            "clientId": [
                47
            ],
            "kind": [
                20
            ],
            "value": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "ClientLinkRuleKind": {},
        "ConnectGoogleDriveInput": {
            "accessToken": [
                95
            ],
            "folderId": [
                95
            ],
            "serviceAccountKey": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "ConnectIntegrationInput": {
            "accessToken": [
                95
            ],
            "apiToken": [
                95
            ],
            "customerColumn": [
                95
            ],
            "customerField": [
                95
            ],
            "doneLabels": [
                95
            ],
            "email": [
                95
            ],
            "jql": [
                95
            ],
            "provider": [
                84
            ],
            "signingSecret": [
                95
            ],
            "siteUrl": [
                95
            ],
            "workspaceGid": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "Conversation": {
            "callAnalytics": [
                12
            ],
            "channel": [
                24
            ],
            "client": [
                14
            ],
            "durationSeconds": [
                48
            ],
            "endedAt": [
                33
            ],
            "fromNumber": [
                95
            ],
            "id": [
                47
            ],
            "leads": [
                58
            ],
            "messages": [
                69,
                {
                    "first": [
                        48
                    ]
                }
            ],
            "startedAt": [
                33
            ],
            "status": [
                28
            ],
            "summary": [
                95
            ],
            "toNumber": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "ConversationChannel": {},
        "ConversationConnection": {
            "edges": [
                26
            ],
            "nodes": [
                23
            ],
            "pageInfo": [
                77
            ],
            "totalCount": [
                48
            ],
            "__typename": [
                95
            ]
        },
        "ConversationEdge": {
            "cursor": [
                95
            ],
            "node": [
                23
            ],
            "__typename": [
                95
            ]
        },
        "ConversationFilter": {
            "channel": [
                24
            ],
            "startedAfter": [
                33
            ],
            "startedBefore": [
                33
            ],
            "status": [
                28
            ],
            "__typename": [
                95
            ]
        },
        "ConversationStatus": {},
        "ConversationUpdatedEvent": {
            "channel": [
                24
            ],
            "conversation": [
                23
            ],
            "conversationId": [
                47
            ],
            "status": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "CreateKnowledgeItemInput": {
            "content": [
                95
            ],
            "format": [
                54
            ],
            "title": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "CreatedApiKey": {
            "apiKey": [
                5
            ],
            "secret": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "Dashboard": {
            "advanced": [
                1
            ],
            "calls": [
                48
            ],
            "chats": [
                48
            ],
            "emergencies": [
                48
            ],
            "enhanced": [
                40
            ],
            "from": [
                33
            ],
            "leadsByStatus": [
                94
            ],
            "leadsPerDay": [
                34
            ],
            "leadsTotal": [
                48
            ],
            "timezone": [
                95
            ],
            "to": [
                33
            ],
            "__typename": [
                95
            ]
        },
        "DateTime": {},
        "DayCount": {
            "count": [
                48
            ],
            "date": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "DayHours": {
            "day": [
                95
            ],
            "ranges": [
                99
            ],
            "__typename": [
                95
            ]
        },
        "DayHoursInput": {
            "day": [
                95
            ],
            "ranges": [
                100
            ],
            "__typename": [
                95
            ]
        },
        "DayKeyCount": {
            "count": [
                48
            ],
            "date": [
                95
            ],
            "key": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "DriveSyncResult": {
            "added": [
                48
            ],
            "removed": [
                48
            ],
            "skipped": [
                48
            ],
            "unchanged": [
                48
            ],
            "updated": [
                48
            ],
            "__typename": [
                95
            ]
        },
        "EmergencyEscalation": {
            "acknowledgedAt": [
                33
            ],
            "acknowledgedBy": [
                95
            ],
            "contacts": [
                95
            ],
            "id": [
                47
            ],
            "leadId": [
                47
            ],
            "notedLeadIds": [
                47
            ],
            "startedAt": [
                33
            ],
            "status": [
                41
            ],
            "__typename": [
                95
            ]
        },
        "EnhancedAnalytics": {
            "averageCallDurationSeconds": [
                45
            ],
            "averageChatDurationSeconds": [
                45
            ],
            "conversionRate": [
                45
            ],
            "leadsPerDayByChannel": [
                37
            ],
            "leadsPerDayByPriority": [
                37
            ],
            "__typename": [
                95
            ]
        },
        "EscalationStatus": {},
        "ExpectedFormat": {},
        "FaqEntry": {
            "answer": [
                95
            ],
            "question": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "FaqEntryInput": {
            "answer": [
                95
            ],
            "question": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "Float": {},
        "HeatmapCell": {
            "count": [
                48
            ],
            "dayOfWeek": [
                48
            ],
            "hour": [
                48
            ],
            "__typename": [
                95
            ]
        },
        "ID": {},
        "Int": {},
        "Integration": {
            "accountLabel": [
                95
            ],
            "createdAt": [
                33
            ],
            "credentialsHint": [
                95
            ],
            "id": [
                47
            ],
            "lastError": [
                95
            ],
            "lastSyncAt": [
                33
            ],
            "projectCount": [
                48
            ],
            "provider": [
                50
            ],
            "status": [
                51
            ],
            "taskCount": [
                48
            ],
            "webhooksActive": [
                8
            ],
            "__typename": [
                95
            ]
        },
        "IntegrationProvider": {},
        "IntegrationStatus": {},
        "InviteTeamMemberInput": {
            "email": [
                95
            ],
            "name": [
                95
            ],
            "role": [
                97
            ],
            "__typename": [
                95
            ]
        },
        "JSON": {},
        "KnowledgeInputFormat": {},
        "KnowledgeItem": {
            "chunkCount": [
                48
            ],
            "content": [
                95
            ],
            "createdAt": [
                33
            ],
            "fileName": [
                95
            ],
            "fileSize": [
                48
            ],
            "id": [
                47
            ],
            "size": [
                48
            ],
            "source": [
                56
            ],
            "status": [
                57
            ],
            "title": [
                95
            ],
            "updatedAt": [
                33
            ],
            "__typename": [
                95
            ]
        },
        "KnowledgeSource": {},
        "KnowledgeStatus": {},
        "Lead": {
            "acknowledgedAt": [
                33
            ],
            "address": [
                95
            ],
            "capturedData": [
                53
            ],
            "channel": [
                60
            ],
            "client": [
                14
            ],
            "conversation": [
                23
            ],
            "createdAt": [
                33
            ],
            "email": [
                95
            ],
            "emergencyNotes": [
                95
            ],
            "emergencySeverity": [
                48
            ],
            "escalation": [
                39
            ],
            "id": [
                47
            ],
            "isEmergency": [
                8
            ],
            "issue": [
                95
            ],
            "name": [
                95
            ],
            "notes": [
                95
            ],
            "notifications": [
                72
            ],
            "phone": [
                95
            ],
            "priority": [
                85
            ],
            "status": [
                66
            ],
            "updatedAt": [
                33
            ],
            "__typename": [
                95
            ]
        },
        "LeadCapturedEvent": {
            "lead": [
                58
            ],
            "leadId": [
                47
            ],
            "__typename": [
                95
            ]
        },
        "LeadChannel": {},
        "LeadConnection": {
            "edges": [
                62
            ],
            "nodes": [
                58
            ],
            "pageInfo": [
                77
            ],
            "totalCount": [
                48
            ],
            "__typename": [
                95
            ]
        },
        "LeadEdge": {
            "cursor": [
                95
            ],
            "node": [
                58
            ],
            "__typename": [
                95
            ]
        },
        "LeadFilter": {
            "channel": [
                60
            ],
            "createdAfter": [
                33
            ],
            "createdBefore": [
                33
            ],
            "isEmergency": [
                8
            ],
            "priority": [
                85
            ],
            "search": [
                95
            ],
            "status": [
                66
            ],
            "__typename": [
                95
            ]
        },
        "LeadQuestion": {
            "essentialForEmergency": [
                8
            ],
            "expectedFormat": [
                42
            ],
            "id": [
                47
            ],
            "mapsTo": [
                68
            ],
            "position": [
                48
            ],
            "question": [
                95
            ],
            "required": [
                8
            ],
            "__typename": [
                95
            ]
        },
        "LeadQuestionInput": {
            "essentialForEmergency": [
                8
            ],
            "expectedFormat": [
                42
            ],
            "mapsTo": [
                68
            ],
            "question": [
                95
            ],
            "required": [
                8
            ],
            "__typename": [
                95
            ]
        },
        "LeadStatus": {},
        "LiveCall": {
            "callSid": [
                95
            ],
            "connectionStatus": [
                95
            ],
            "conversationId": [
                47
            ],
            "durationSeconds": [
                48
            ],
            "interruptions": [
                48
            ],
            "packetsIn": [
                48
            ],
            "packetsOut": [
                48
            ],
            "startedAt": [
                33
            ],
            "toolCalls": [
                101
            ],
            "__typename": [
                95
            ]
        },
        "MapsTo": {},
        "Message": {
            "content": [
                95
            ],
            "createdAt": [
                33
            ],
            "id": [
                47
            ],
            "role": [
                70
            ],
            "__typename": [
                95
            ]
        },
        "MessageRole": {},
        "Mutation": {
            "acceptInvitation": [
                6,
                {
                    "name": [
                        95
                    ],
                    "password": [
                        95,
                        "String!"
                    ],
                    "token": [
                        95,
                        "String!"
                    ]
                }
            ],
            "addClientLinkRule": [
                18,
                {
                    "input": [
                        19,
                        "ClientLinkRuleInput!"
                    ]
                }
            ],
            "addTeamMember": [
                112,
                {
                    "input": [
                        0,
                        "AddTeamMemberInput!"
                    ]
                }
            ],
            "assignPhoneNumber": [
                9,
                {
                    "businessId": [
                        47,
                        "ID!"
                    ],
                    "phoneNumber": [
                        95
                    ]
                }
            ],
            "changePassword": [
                6,
                {
                    "currentPassword": [
                        95,
                        "String!"
                    ],
                    "newPassword": [
                        95,
                        "String!"
                    ]
                }
            ],
            "connectGoogleDrive": [
                49,
                {
                    "input": [
                        21,
                        "ConnectGoogleDriveInput!"
                    ]
                }
            ],
            "connectIntegration": [
                49,
                {
                    "input": [
                        22,
                        "ConnectIntegrationInput!"
                    ]
                }
            ],
            "connectPhoneNumber": [
                9,
                {
                    "phoneNumber": [
                        95,
                        "String!"
                    ]
                }
            ],
            "createApiKey": [
                31,
                {
                    "name": [
                        95,
                        "String!"
                    ],
                    "role": [
                        97
                    ]
                }
            ],
            "createClient": [
                14,
                {
                    "input": [
                        17,
                        "ClientInput!"
                    ]
                }
            ],
            "createKnowledgeItem": [
                55,
                {
                    "input": [
                        30,
                        "CreateKnowledgeItemInput!"
                    ]
                }
            ],
            "createLeadQuestion": [
                64,
                {
                    "input": [
                        65,
                        "LeadQuestionInput!"
                    ]
                }
            ],
            "createWebhookEndpoint": [
                116,
                {
                    "input": [
                        115,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "deleteClient": [
                8,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "deleteKnowledgeItem": [
                8,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "deleteLeadQuestion": [
                8,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "deleteWebhookEndpoint": [
                8,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "disconnectIntegration": [
                8,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "inviteTeamMember": [
                112,
                {
                    "input": [
                        52,
                        "InviteTeamMemberInput!"
                    ]
                }
            ],
            "linkProjectToClient": [
                86,
                {
                    "clientId": [
                        47
                    ],
                    "projectId": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "login": [
                6,
                {
                    "email": [
                        95,
                        "String!"
                    ],
                    "password": [
                        95,
                        "String!"
                    ]
                }
            ],
            "provisionPhoneNumber": [
                9,
                {
                    "phoneNumber": [
                        95,
                        "String!"
                    ]
                }
            ],
            "releasePhoneNumber": [
                9
            ],
            "removeClientLinkRule": [
                8,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "removeTeamMember": [
                8,
                {
                    "userId": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "reorderLeadQuestions": [
                64,
                {
                    "ids": [
                        47,
                        "[ID!]!"
                    ]
                }
            ],
            "requestPasswordReset": [
                8,
                {
                    "email": [
                        95,
                        "String!"
                    ]
                }
            ],
            "resendInvitation": [
                112,
                {
                    "userId": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "resendVerificationEmail": [
                8
            ],
            "resetPassword": [
                6,
                {
                    "newPassword": [
                        95,
                        "String!"
                    ],
                    "token": [
                        95,
                        "String!"
                    ]
                }
            ],
            "retryNotification": [
                72,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "revokeApiKey": [
                5,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "rotateWebhookSecret": [
                116,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "sendTestEmail": [
                98,
                {
                    "to": [
                        95
                    ]
                }
            ],
            "setCallTransfer": [
                13,
                {
                    "numbers": [
                        95,
                        "[String!]!"
                    ],
                    "ringSeconds": [
                        48
                    ]
                }
            ],
            "setPlan": [
                9,
                {
                    "businessId": [
                        47,
                        "ID!"
                    ],
                    "plan": [
                        80,
                        "Plan!"
                    ]
                }
            ],
            "setTeamMemberRole": [
                112,
                {
                    "role": [
                        97,
                        "TeamRole!"
                    ],
                    "userId": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "signUp": [
                6,
                {
                    "input": [
                        93,
                        "SignUpInput!"
                    ]
                }
            ],
            "syncGoogleDrive": [
                38
            ],
            "syncProjects": [
                89,
                {
                    "integrationId": [
                        47
                    ]
                }
            ],
            "updateAgentConfig": [
                4,
                {
                    "input": [
                        104,
                        "UpdateAgentConfigInput!"
                    ]
                }
            ],
            "updateBusiness": [
                9,
                {
                    "input": [
                        105,
                        "UpdateBusinessInput!"
                    ]
                }
            ],
            "updateClient": [
                14,
                {
                    "id": [
                        47,
                        "ID!"
                    ],
                    "input": [
                        17,
                        "ClientInput!"
                    ]
                }
            ],
            "updateKnowledgeItem": [
                55,
                {
                    "id": [
                        47,
                        "ID!"
                    ],
                    "input": [
                        106,
                        "UpdateKnowledgeItemInput!"
                    ]
                }
            ],
            "updateLead": [
                58,
                {
                    "id": [
                        47,
                        "ID!"
                    ],
                    "input": [
                        107,
                        "UpdateLeadInput!"
                    ]
                }
            ],
            "updateLeadQuestion": [
                64,
                {
                    "id": [
                        47,
                        "ID!"
                    ],
                    "input": [
                        108,
                        "UpdateLeadQuestionInput!"
                    ]
                }
            ],
            "updateNotificationSettings": [
                9,
                {
                    "input": [
                        75,
                        "NotificationSettingsInput!"
                    ]
                }
            ],
            "updateVoiceSettings": [
                4,
                {
                    "input": [
                        109,
                        "UpdateVoiceSettingsInput!"
                    ]
                }
            ],
            "updateWebhookEndpoint": [
                114,
                {
                    "id": [
                        47,
                        "ID!"
                    ],
                    "input": [
                        115,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "updateWidgetConfig": [
                118,
                {
                    "input": [
                        110,
                        "UpdateWidgetConfigInput!"
                    ]
                }
            ],
            "uploadKnowledgeFile": [
                55,
                {
                    "input": [
                        111,
                        "UploadKnowledgeFileInput!"
                    ]
                }
            ],
            "verifyNotificationEmail": [
                95,
                {
                    "token": [
                        95,
                        "String!"
                    ]
                }
            ],
            "__typename": [
                95
            ]
        },
        "Notification": {
            "attempts": [
                48
            ],
            "channel": [
                73
            ],
            "createdAt": [
                33
            ],
            "id": [
                47
            ],
            "kind": [
                95
            ],
            "lastError": [
                95
            ],
            "leadId": [
                47
            ],
            "maxAttempts": [
                48
            ],
            "nextAttemptAt": [
                33
            ],
            "recipient": [
                95
            ],
            "sentAt": [
                33
            ],
            "status": [
                76
            ],
            "__typename": [
                95
            ]
        },
        "NotificationChannel": {},
        "NotificationSettings": {
            "escalationContacts": [
                95
            ],
            "notificationEmail": [
                95
            ],
            "notificationPhoneNumber": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "NotificationSettingsInput": {
            "escalationContacts": [
                95
            ],
            "notificationEmail": [
                95
            ],
            "notificationPhoneNumber": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "NotificationStatus": {},
        "PageInfo": {
            "endCursor": [
                95
            ],
            "hasNextPage": [
                8
            ],
            "__typename": [
                95
            ]
        },
        "PasswordCheck": {
            "message": [
                95
            ],
            "ok": [
                8
            ],
            "score": [
                48
            ],
            "__typename": [
                95
            ]
        },
        "PhoneNumberSource": {},
        "Plan": {},
        "PlanFeature": {
            "description": [
                95
            ],
            "included": [
                8
            ],
            "key": [
                95
            ],
            "requiredPlan": [
                80
            ],
            "__typename": [
                95
            ]
        },
        "PlanInfo": {
            "features": [
                81
            ],
            "limits": [
                83
            ],
            "tier": [
                80
            ],
            "__typename": [
                95
            ]
        },
        "PlanLimit": {
            "name": [
                95
            ],
            "value": [
                48
            ],
            "__typename": [
                95
            ]
        },
        "PmProvider": {},
        "Priority": {},
        "Project": {
            "client": [
                14
            ],
            "completedTaskCount": [
                48
            ],
            "description": [
                95
            ],
            "dueDate": [
                95
            ],
            "externalId": [
                95
            ],
            "id": [
                47
            ],
            "lastSyncedAt": [
                33
            ],
            "name": [
                95
            ],
            "progress": [
                48
            ],
            "provider": [
                95
            ],
            "status": [
                95
            ],
            "taskCount": [
                48
            ],
            "url": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "ProjectConnection": {
            "edges": [
                88
            ],
            "nodes": [
                86
            ],
            "pageInfo": [
                77
            ],
            "totalCount": [
                48
            ],
            "__typename": [
                95
            ]
        },
        "ProjectEdge": {
            "cursor": [
                95
            ],
            "node": [
                86
            ],
            "__typename": [
                95
            ]
        },
        "ProjectSyncResult": {
            "projectCount": [
                48
            ],
            "taskCount": [
                48
            ],
            "__typename": [
                95
            ]
        },
        "Query": {
            "agentConfig": [
                4
            ],
            "apiKeys": [
                5,
                {
                    "includeRevoked": [
                        8
                    ]
                }
            ],
            "askAgent": [
                2,
                {
                    "question": [
                        95,
                        "String!"
                    ]
                }
            ],
            "availablePhoneNumbers": [
                7,
                {
                    "areaCode": [
                        95
                    ],
                    "contains": [
                        95
                    ],
                    "country": [
                        95
                    ]
                }
            ],
            "business": [
                9
            ],
            "callTransfer": [
                13
            ],
            "client": [
                14,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "clientLinkRules": [
                18
            ],
            "clients": [
                15,
                {
                    "after": [
                        95
                    ],
                    "first": [
                        48
                    ],
                    "search": [
                        95
                    ]
                }
            ],
            "conversation": [
                23,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "conversations": [
                25,
                {
                    "after": [
                        95
                    ],
                    "filter": [
                        27
                    ],
                    "first": [
                        48
                    ]
                }
            ],
            "dashboard": [
                32,
                {
                    "from": [
                        33
                    ],
                    "to": [
                        33
                    ]
                }
            ],
            "integrations": [
                49
            ],
            "knowledgeItem": [
                55,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "knowledgeItems": [
                55
            ],
            "lead": [
                58,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "leadQuestions": [
                64
            ],
            "leads": [
                61,
                {
                    "after": [
                        95
                    ],
                    "filter": [
                        63
                    ],
                    "first": [
                        48
                    ]
                }
            ],
            "liveCalls": [
                67
            ],
            "me": [
                113
            ],
            "notifications": [
                72,
                {
                    "leadId": [
                        47
                    ],
                    "limit": [
                        48
                    ],
                    "offset": [
                        48
                    ],
                    "status": [
                        76
                    ]
                }
            ],
            "passwordStrength": [
                78,
                {
                    "email": [
                        95
                    ],
                    "password": [
                        95,
                        "String!"
                    ]
                }
            ],
            "plan": [
                82
            ],
            "project": [
                86,
                {
                    "id": [
                        47,
                        "ID!"
                    ]
                }
            ],
            "projects": [
                87,
                {
                    "after": [
                        95
                    ],
                    "clientId": [
                        47
                    ],
                    "first": [
                        48
                    ],
                    "status": [
                        95
                    ]
                }
            ],
            "team": [
                112
            ],
            "webhookEndpoints": [
                114
            ],
            "widgetConfig": [
                118
            ],
            "__typename": [
                95
            ]
        },
        "QuestionDropOff": {
            "answered": [
                48
            ],
            "dropOffRate": [
                45
            ],
            "position": [
                48
            ],
            "question": [
                95
            ],
            "questionId": [
                47
            ],
            "required": [
                8
            ],
            "__typename": [
                95
            ]
        },
        "Role": {},
        "SignUpInput": {
            "businessName": [
                95
            ],
            "email": [
                95
            ],
            "name": [
                95
            ],
            "password": [
                95
            ],
            "timezone": [
                95
            ],
            "trade": [
                102
            ],
            "__typename": [
                95
            ]
        },
        "StatusCount": {
            "count": [
                48
            ],
            "status": [
                66
            ],
            "__typename": [
                95
            ]
        },
        "String": {},
        "Subscription": {
            "conversationUpdated": [
                29
            ],
            "leadCaptured": [
                59
            ],
            "__typename": [
                95
            ]
        },
        "TeamRole": {},
        "TestEmailResult": {
            "delivery": [
                95
            ],
            "error": [
                95
            ],
            "success": [
                8
            ],
            "to": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "TimeRange": {
            "close": [
                95
            ],
            "open": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "TimeRangeInput": {
            "close": [
                95
            ],
            "open": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "ToolCallCount": {
            "count": [
                48
            ],
            "tool": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "Trade": {},
        "TurnLatency": {
            "bridgeP50Ms": [
                45
            ],
            "bridgeP95Ms": [
                45
            ],
            "modelP50Ms": [
                45
            ],
            "modelP95Ms": [
                45
            ],
            "totalP50Ms": [
                45
            ],
            "totalP95Ms": [
                45
            ],
            "turns": [
                48
            ],
            "__typename": [
                95
            ]
        },
        "UpdateAgentConfigInput": {
            "agentName": [
                95
            ],
            "emergencyKeywords": [
                95
            ],
            "emergencySensitivity": [
                48
            ],
            "faq": [
                44
            ],
            "greeting": [
                95
            ],
            "instructions": [
                95
            ],
            "persona": [
                95
            ],
            "welcomeMessage": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "UpdateBusinessInput": {
            "address": [
                95
            ],
            "allowedOrigins": [
                95
            ],
            "businessHours": [
                11
            ],
            "description": [
                95
            ],
            "emergencyMessageTemplate": [
                95
            ],
            "name": [
                95
            ],
            "phoneNumber": [
                95
            ],
            "timezone": [
                95
            ],
            "website": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "UpdateKnowledgeItemInput": {
            "content": [
                95
            ],
            "format": [
                54
            ],
            "title": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "UpdateLeadInput": {
            "acknowledged": [
                8
            ],
            "clientId": [
                47
            ],
            "notes": [
                95
            ],
            "priority": [
                85
            ],
            "status": [
                66
            ],
            "__typename": [
                95
            ]
        },
        "UpdateLeadQuestionInput": {
            "essentialForEmergency": [
                8
            ],
            "expectedFormat": [
                42
            ],
            "mapsTo": [
                68
            ],
            "question": [
                95
            ],
            "required": [
                8
            ],
            "__typename": [
                95
            ]
        },
        "UpdateVoiceSettingsInput": {
            "interruptionDelayMs": [
                48
            ],
            "realtimeEnabled": [
                8
            ],
            "realtimeVoice": [
                95
            ],
            "twilioLanguage": [
                95
            ],
            "twilioVoice": [
                95
            ],
            "voiceGreeting": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "UpdateWidgetConfigInput": {
            "backgroundColor": [
                95
            ],
            "greeting": [
                95
            ],
            "launcherText": [
                95
            ],
            "position": [
                119
            ],
            "primaryColor": [
                95
            ],
            "showBranding": [
                8
            ],
            "textColor": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "UploadKnowledgeFileInput": {
            "contentBase64": [
                95
            ],
            "fileName": [
                95
            ],
            "title": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "User": {
            "createdAt": [
                33
            ],
            "email": [
                95
            ],
            "id": [
                47
            ],
            "invitationPending": [
                8
            ],
            "lastLoginAt": [
                33
            ],
            "name": [
                95
            ],
            "role": [
                92
            ],
            "__typename": [
                95
            ]
        },
        "Viewer": {
            "apiKeyId": [
                47
            ],
            "business": [
                9
            ],
            "role": [
                92
            ],
            "user": [
                112
            ],
            "__typename": [
                95
            ]
        },
        "WebhookEndpoint": {
            "createdAt": [
                33
            ],
            "deliveries": [
                72,
                {
                    "limit": [
                        48
                    ]
                }
            ],
            "description": [
                95
            ],
            "enabled": [
                8
            ],
            "events": [
                117
            ],
            "id": [
                47
            ],
            "secretHint": [
                95
            ],
            "updatedAt": [
                33
            ],
            "url": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "WebhookEndpointInput": {
            "description": [
                95
            ],
            "enabled": [
                8
            ],
            "events": [
                117
            ],
            "url": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "WebhookEndpointWithSecret": {
            "endpoint": [
                114
            ],
            "secret": [
                95
            ],
            "__typename": [
                95
            ]
        },
        "WebhookEvent": {},
        "WidgetConfig": {
            "backgroundColor": [
                95
            ],
            "greeting": [
                95
            ],
            "id": [
                47
            ],
            "launcherText": [
                95
            ],
            "position": [
                119
            ],
            "primaryColor": [
                95
            ],
            "showBranding": [
                8
            ],
            "textColor": [
                95
            ],
            "updatedAt": [
                33
            ],
            "__typename": [
                95
            ]
        },
        "WidgetPosition": {},
        "WidgetSeen": {
            "at": [
                33
            ],
            "firstAt": [
                33
            ],
            "origin": [
                95
            ],
            "__typename": [
                95
            ]
        }
    }
}